// set and frozenset: CPython's open-addressing table (linear probes then perturbation), so that
// iteration order — and therefore printed output — matches CPython's.
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct SetEntry {
  Value key;     // null: empty; the runtime's dummy object: deleted
  int64_t hash;
};

struct SetObject : Object {
  int64_t fill;     // active + dummy
  int64_t used;     // active
  int64_t mask;
  SetEntry* table;
  int64_t finger;   // pop() search position
  int64_t hash;     // frozenset hash cache (-1)
  SetEntry smalltable[8];
};

inline SetObject* as_set(const Value& v) { return static_cast<SetObject*>(v.obj()); }

Ref<SetObject> new_set(Runtime& rt, TypeObject* type = nullptr);  // default: set
int set_add(Runtime& rt, SetObject* s, const Value& key);         // 0 ok, -1 error
int set_contains(Runtime& rt, SetObject* s, const Value& key);    // 1/0/-1
int set_discard(Runtime& rt, SetObject* s, const Value& key);     // 1 removed/0/-1
bool set_update(Runtime& rt, SetObject* s, const Value& iterable);
bool set_next(SetObject* s, int64_t* pos, SetEntry** entry);

void init_set_type(Runtime& rt);

}  // namespace ls
