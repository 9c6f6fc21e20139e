// list: a growable array of values.
#pragma once

#include "object/runtime.hpp"

namespace ls {

struct ListObject : Object {
  int64_t size;
  int64_t capacity;
  Value* items;  // heap.alloc_raw
  Value& operator[](int64_t i) { return items[i]; }
};

inline ListObject* as_list(const Value& v) { return static_cast<ListObject*>(v.obj()); }

Ref<ListObject> new_list(Runtime& rt, int64_t reserve = 0);
void list_append(Runtime& rt, ListObject* l, Value v);
void list_reserve(Runtime& rt, ListObject* l, int64_t n);
// Materializes any iterable into a new list (fast paths for list/tuple).
Value list_from_iterable(Runtime& rt, const Value& iterable);
bool list_extend(Runtime& rt, ListObject* l, const Value& iterable);
// Sorts in place with Python's semantics (stable, key/reverse, < via rich compare).
bool list_sort(Runtime& rt, ListObject* l, const Value& key, bool reverse);
// l.sort(*args, **kw) with list.sort's argument checks and messages (keyword-only key= and
// reverse=; "'cmp' is an invalid keyword argument for sort()"). None, or null on error. sorted()
// is list(iterable) followed by this call with its keywords, like CPython's.
Value list_sort_call(Runtime& rt, ListObject* l, CallArgs args);
// list.insert(where, v) semantics (negative counts from the end, clamped). False on MemoryError.
bool list_insert(Runtime& rt, ListObject* l, int64_t where, Value v);
// l[i] with negative indexing; IndexError "list index out of range".
Value list_getitem_index(Runtime& rt, ListObject* l, int64_t i);
// Removes every item (list.clear()).
void list_clear(Runtime& rt, ListObject* l);
void list_reverse_items(ListObject* l);

void init_list_type(Runtime& rt);

}  // namespace ls
