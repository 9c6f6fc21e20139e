// tuple: an immutable array of values stored inline after the header.
#pragma once

#include <initializer_list>

#include "object/runtime.hpp"

namespace ls {

struct TupleObject : Object {
  int64_t size;
  int64_t hash_cache;  // unused (CPython does not cache tuple hashes); kept for alignment
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value& operator[](int64_t i) { return items()[i]; }
  const Value& operator[](int64_t i) const { return items()[i]; }
};

inline TupleObject* as_tuple(const Value& v) { return static_cast<TupleObject*>(v.obj()); }

// A tuple of n null slots, to be filled by the caller before it escapes.
Ref<TupleObject> new_tuple(Runtime& rt, int64_t n);
Value make_tuple(Runtime& rt, std::initializer_list<Value> items);
Value make_tuple(Runtime& rt, const Value* items, int64_t n);

void init_tuple_type(Runtime& rt);

}  // namespace ls
