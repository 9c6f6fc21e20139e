// Helpers shared by the container types (tuple, list, dict, set, range, bytes, iterators): repr
// recursion guards, index arithmetic, KeyError with a key, memory ceilings for repetition.
// Internal to core/object: the other layers use the types' own headers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

// Defined in class.cpp: the hash slot of unhashable types ("unhashable type: 'list'").
bool hash_not_implemented(Runtime& rt, const Value& self, int64_t* out);

// Object flag bit marking a container whose repr is being computed (CPython's Py_ReprEnter), so
// that `l.append(l); repr(l)` prints `[[...]]`. Bits 7..15 of Object::flags are free.
constexpr uint32_t kReprActive = 1u << 7;

// RAII form of Py_ReprEnter/Py_ReprLeave: `entered()` is false when the object is already being
// repr'd further up the stack (the caller then prints its "..." form).
class ReprGuard {
 public:
  explicit ReprGuard(Object* o) : o_(o) {
    if (o_->flags & kReprActive) {
      o_ = nullptr;
    } else {
      o_->flags |= kReprActive;
    }
  }
  ~ReprGuard() {
    if (o_) o_->flags &= ~kReprActive;
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool entered() const { return o_ != nullptr; }

 private:
  Object* o_;
};

// Raises KeyError(key) (the key itself as the single argument, even when it is a tuple).
Value raise_key_error(Runtime& rt, const Value& key);

// MemoryError() without a message, like PyErr_NoMemory.
Value raise_no_memory(Runtime& rt);

// True when `n` values of `elem_size` bytes would exceed the run's memory ceiling (and raises
// MemoryError in that case).
bool too_big(Runtime& rt, int64_t n, size_t elem_size);

// A sequence index argument (`seq[i]`): ints, bools and objects with __index__. Fails with
// "<seqname> indices must be integers or slices, not <type>" for anything else, and with IndexError
// "cannot fit 'int' into an index-sized integer" for huge ints.
bool seq_index_value(Runtime& rt, const Value& key, const char* seqname, int64_t* out);

// Whether `v` can be used as an index (int, bool, int subclass or has __index__).
bool has_index(Runtime& rt, const Value& v);

// CPython's _PyEval_SliceIndex for start/stop arguments of index()/count()-style methods: None
// keeps *out unchanged (when allow_none), ints are clamped to int64. Fails with TypeError "slice
// indices must be integers or None or have an __index__ method".
bool slice_index_arg(Runtime& rt, const Value& v, int64_t* out, bool allow_none = true);

// Normalizes start/stop like CPython's list.index / tuple.index / str.find: negative values count
// from the end, then both are clamped to [0, len].
void adjust_search_bounds(int64_t len, int64_t* start, int64_t* stop);

// Finds a built-in type registered by name (for the few auxiliary types without a field in
// BuiltinTypes). Null if absent.
TypeObject* find_static_type(Runtime& rt, std::string_view name);

// Appends the repr of `v` to `out`; false on error.
bool append_repr(Runtime& rt, std::string& out, const Value& v);

// Exact-type test helpers.
inline bool is_exact(const Runtime&, const Value& v, const TypeObject* t) { return v.is_obj() && v.obj()->type == t; }
inline bool is_small_or_int_exact(const Runtime& rt, const Value& v) {
  return v.is_small() || (v.is_obj() && v.obj()->type == rt.t.int_);
}

}  // namespace ls
