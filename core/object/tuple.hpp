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

// tuple(iterable): the iterable itself when it is exactly a tuple.
Value tuple_from_iterable(Runtime& rt, const Value& iterable);
// CPython 3.11's tuple hash of `n` items (also used for hashing tuple-like keys).
bool tuple_hash_items(Runtime& rt, const Value* items, int64_t n, int64_t* out);

// Creates the tuple type and rt.empty_tuple (during bootstrap, before method descriptors exist).
void init_tuple_type(Runtime& rt);
// Installs tuple's methods (count, index...). Idempotent; init_list_type calls it.
void init_tuple_methods(Runtime& rt);

}  // namespace ls
