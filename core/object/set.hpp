// set and frozenset: CPython's open-addressing table (linear probes then perturbation), so that
// iteration order — and therefore printed output — matches CPython's.
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct SetEntry {
  Value key;     // null with hash 0: empty; null with hash -1: deleted (CPython's dummy)
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
// set(iterable) / frozenset(iterable) of exactly `type` (set, frozenset or a subclass).
Value make_set_from(Runtime& rt, TypeObject* type, const Value& iterable);
// In-place and new-set operations with CPython's algorithms (so that results iterate in the same
// order as CPython's).
bool set_difference_update(Runtime& rt, SetObject* s, const Value& other);
bool set_symmetric_difference_update(Runtime& rt, SetObject* s, const Value& other);
Value set_intersection(Runtime& rt, SetObject* s, const Value& other);
void set_clear(Runtime& rt, SetObject* s);
// set.pop(): null with KeyError "pop from an empty set".
Value set_pop(Runtime& rt, SetObject* s);
bool is_anyset(const Runtime& rt, const Value& v);  // set, frozenset or a subclass
// The constant CPython 3.11's compiler makes for a set display of 3 or more constants: `{1, 2, 3}`
// compiles to BUILD_SET 0; LOAD_CONST <frozenset>; SET_UPDATE 1, and the frozenset constant is
// frozenset(items) rebuilt from its own iteration order (compile.c's merge_consts). Updating an
// empty set with it reproduces CPython's iteration order, which can differ from set(items).
// `reinterned`: the code object's creation rebuilds the constant once more when interning
// replaces one of its strings (codeobject.c's intern_string_constants): true when an item is a str
// of only ASCII letters, digits and '_' whose text was already interned as another object (an
// identifier of the program, a name CPython interns at startup...).
Value frozenset_display_constant(Runtime& rt, const Value* items, int64_t n, bool reinterned = false);

void init_set_type(Runtime& rt);

}  // namespace ls
