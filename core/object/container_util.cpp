// Helpers shared by the container types. See container_util.hpp.
#include "object/container_util.hpp"

#include <limits>

#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

Value raise_key_error(Runtime& rt, const Value& key) {
  Value e = new_exception(rt, rt.t.KeyError, {key});
  if (e) rt.raise_value(e);
  return nullptr;
}

Value raise_no_memory(Runtime& rt) { return rt.raise_value(Value::borrow(rt.t.MemoryError)); }

bool too_big(Runtime& rt, int64_t n, size_t elem_size) {
  if (n < 0) return false;
  size_t limit = rt.limits.max_memory;
  if (elem_size == 0) elem_size = 1;
  if (static_cast<uint64_t>(n) > limit / elem_size) {
    raise_no_memory(rt);
    return true;
  }
  return false;
}

bool has_index(Runtime& rt, const Value& v) {
  if (v.is_small()) return true;
  TypeObject* t = v.obj()->type;
  return t->slots.index != nullptr || is_subtype(t, rt.t.int_);
}

bool seq_index_value(Runtime& rt, const Value& key, const char* seqname, int64_t* out) {
  if (key.is_small()) {
    *out = key.small_value();
    return true;
  }
  if (!has_index(rt, key)) {
    rt.raise(rt.t.TypeError, std::string(seqname) + " indices must be integers or slices, not " + type_name(rt, key));
    return false;
  }
  return index_int64(rt, key, out);
}

bool slice_index_arg(Runtime& rt, const Value& v, int64_t* out, bool allow_none) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (allow_none && rt.is_none(v)) return true;
  if (!has_index(rt, v)) {
    rt.raise(rt.t.TypeError, allow_none ? "slice indices must be integers or None or have an __index__ method"
                                        : "slice indices must be integers or have an __index__ method");
    return false;
  }
  Value i = index(rt, v);
  if (!i) return false;
  if (i.is_small()) {
    *out = i.small_value();
    return true;
  }
  if (!int_to_int64(i, out)) {
    *out = int_to_big(i).is_negative() ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
  }
  return true;
}

void adjust_search_bounds(int64_t len, int64_t* start, int64_t* stop) {
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
  if (*stop < 0) {
    *stop += len;
    if (*stop < 0) *stop = 0;
  }
  if (*stop > len) *stop = len;
  if (*start > len) *start = len;
}

TypeObject* find_static_type(Runtime& rt, std::string_view name) {
  for (TypeObject* t : rt.static_types) {
    if (t->name == name) return t;
  }
  return nullptr;
}

bool append_repr(Runtime& rt, std::string& out, const Value& v) {
  Value r = repr(rt, v);
  if (!r) return false;
  out += str_view(r);
  return true;
}

}  // namespace ls
