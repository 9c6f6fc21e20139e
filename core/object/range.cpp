// range and slice (CPython 3.11's Objects/rangeobject.c and Objects/sliceobject.c). LoopScope's
// ranges hold int64 bounds; slices hold arbitrary values and resolve them like
// PySlice_GetIndicesEx.
#include "object/range.hpp"

#include <limits>
#include <string>

#include "object/container_util.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

inline RangeObject* as_range(const Value& v) { return static_cast<RangeObject*>(v.obj()); }
inline SliceObject* as_slice(const Value& v) { return static_cast<SliceObject*>(v.obj()); }

// Number of items of range(start, stop, step); -1 when it does not fit in int64.
int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  uint64_t n;
  if (step > 0) {
    if (start >= stop) return 0;
    uint64_t diff = static_cast<uint64_t>(stop) - static_cast<uint64_t>(start);
    n = (diff - 1) / static_cast<uint64_t>(step) + 1;
  } else {
    if (start <= stop) return 0;
    uint64_t diff = static_cast<uint64_t>(start) - static_cast<uint64_t>(stop);
    uint64_t s = static_cast<uint64_t>(-(step + 1)) + 1;  // |step| without overflow
    n = (diff - 1) / s + 1;
  }
  if (n > static_cast<uint64_t>(kMax)) return -1;
  return static_cast<int64_t>(n);
}

// start + i*step with wrap-around arithmetic (the result is in range whenever i < length).
inline int64_t nth(int64_t start, int64_t i, int64_t step) {
  return static_cast<int64_t>(static_cast<uint64_t>(start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(step));
}

// --- arithmetic on int Values (big ranges) ---

inline Value add(Runtime& rt, const Value& a, const Value& b) { return binary_op(rt, a, b, BinOp::Add); }
inline Value sub(Runtime& rt, const Value& a, const Value& b) { return binary_op(rt, a, b, BinOp::Sub); }
inline Value mul(Runtime& rt, const Value& a, const Value& b) { return binary_op(rt, a, b, BinOp::Mul); }
// a OP b for ints (never fails for ints; -1 on error).
inline int cmp(Runtime& rt, const Value& a, const Value& b, CmpOp op) { return rich_compare_bool(rt, a, b, op); }
inline int sign(Runtime&, const Value& v) {
  if (v.is_small()) return v.small_value() < 0 ? -1 : v.small_value() > 0;
  return int_to_big(v).sign();
}

bool fits64(const Value& v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  return int_to_int64(v, out);
}

// CPython's compute_range_length on ints.
Value long_length(Runtime& rt, const Value& start, const Value& stop, const Value& step) {
  Value lo = start, hi = stop, st = step;
  if (sign(rt, step) < 0) {
    lo = stop;
    hi = start;
    st = unary_op(rt, step, UnOp::Neg);
    if (!st) return nullptr;
  }
  int ge = cmp(rt, lo, hi, CmpOp::Ge);
  if (ge < 0) return nullptr;
  if (ge) return Value::small(0);
  Value diff = sub(rt, hi, lo);
  if (!diff) return nullptr;
  diff = sub(rt, diff, Value::small(1));
  if (!diff) return nullptr;
  Value q = binary_op(rt, diff, st, BinOp::FloorDiv);
  if (!q) return nullptr;
  return add(rt, q, Value::small(1));
}

RangeObject* alloc_range(Runtime& rt) {
  auto* r = alloc<RangeObject>(rt, rt.t.range);
  r->start = r->stop = r->step = 0;
  r->length = -1;
  return r;
}

Value new_range_of(Runtime& rt, int64_t start, int64_t stop, int64_t step);

// A range from int Values (fast representation whenever everything fits in int64).
Value new_range_values(Runtime& rt, const Value& start, const Value& stop, const Value& step) {
  int64_t a, b, c;
  if (fits64(start, &a) && fits64(stop, &b) && fits64(step, &c) && range_length(a, b, c) >= 0) {
    return new_range_of(rt, a, b, c);
  }
  Value len = long_length(rt, start, stop, step);
  if (!len) return nullptr;
  RangeObject* r = alloc_range(rt);
  Value holder = Value::steal(r);
  r->big = make_tuple(rt, {start, stop, step, len});
  return holder;
}

Value new_range_of(Runtime& rt, int64_t start, int64_t stop, int64_t step) {
  int64_t len = range_length(start, stop, step);
  if (len < 0) return new_range_values(rt, make_int(rt, start), make_int(rt, stop), make_int(rt, step));
  RangeObject* r = alloc_range(rt);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  return Value::steal(r);
}

// The bounds of any range as Values.
struct Bounds {
  Value start, stop, step, len;
};

Bounds bounds_of(Runtime& rt, const RangeObject* r) {
  if (r->big) {
    const TupleObject* t = as_tuple(r->big);
    return {(*t)[0], (*t)[1], (*t)[2], (*t)[3]};
  }
  return {make_int(rt, r->start), make_int(rt, r->stop), make_int(rt, r->step), make_int(rt, r->length)};
}

}  // namespace

Value make_range(Runtime& rt, int64_t start, int64_t stop, int64_t step) {
  if (step == 0) return rt.raise(rt.t.ValueError, "range() arg 3 must not be zero");
  return new_range_of(rt, start, stop, step);
}

// ---------------------------------------------------------------------------------------------
// range slots

static Value range_new(Runtime& rt, TypeObject*, CallArgs args) {
  if (!no_kwargs(rt, args, "range")) return nullptr;
  if (args.nargs == 0) return rt.raise(rt.t.TypeError, "range expected at least 1 argument, got 0");
  if (args.nargs > 3) {
    return rt.raise(rt.t.TypeError, "range expected at most 3 arguments, got " + std::to_string(args.nargs));
  }
  if (args.nargs == 1 && args[0].is_small()) {
    int64_t n = args[0].small_value();
    return new_range_of(rt, 0, n, 1);
  }
  Value v[3];
  for (size_t i = 0; i < args.nargs; ++i) {
    v[i] = index(rt, args[i]);
    if (!v[i]) return nullptr;
  }
  Value start = Value::small(0), stop, step = Value::small(1);
  if (args.nargs == 1) {
    stop = v[0];
  } else {
    start = v[0];
    stop = v[1];
    if (args.nargs == 3) step = v[2];
  }
  if (sign(rt, step) == 0) return rt.raise(rt.t.ValueError, "range() arg 3 must not be zero");
  return new_range_values(rt, start, stop, step);
}

static void range_dealloc(Object* o) { static_cast<RangeObject*>(o)->big.reset(); }

static Value range_repr(Runtime& rt, const Value& self) {
  RangeObject* r = as_range(self);
  if (!r->big) {
    std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) s += ", " + std::to_string(r->step);
    s += ")";
    return make_str(rt, s);
  }
  Bounds b = bounds_of(rt, r);
  std::string out = "range(";
  if (!append_repr(rt, out, b.start)) return nullptr;
  out += ", ";
  if (!append_repr(rt, out, b.stop)) return nullptr;
  if (!(b.step.is_small() && b.step.small_value() == 1)) {
    out += ", ";
    if (!append_repr(rt, out, b.step)) return nullptr;
  }
  out += ")";
  return make_str(rt, out);
}

static bool range_hash(Runtime& rt, const Value& self, int64_t* out) {
  RangeObject* r = as_range(self);
  Bounds b = bounds_of(rt, r);
  Value items[3];
  items[0] = b.len;
  int s = sign(rt, b.len);
  if (s == 0) {
    items[1] = rt.None();
    items[2] = rt.None();
  } else {
    items[1] = b.start;
    int one = cmp(rt, b.len, Value::small(1), CmpOp::Eq);
    if (one < 0) return false;
    items[2] = one ? rt.None() : b.step;
  }
  return tuple_hash_items(rt, items, 3, out);
}

// 1/0/-1.
static int range_equal(Runtime& rt, RangeObject* a, RangeObject* b) {
  if (a == b) return 1;
  if (!a->big && !b->big) {
    if (a->length != b->length) return 0;
    if (a->length == 0) return 1;
    if (a->start != b->start) return 0;
    if (a->length == 1) return 1;
    return a->step == b->step;
  }
  Bounds x = bounds_of(rt, a), y = bounds_of(rt, b);
  int r = cmp(rt, x.len, y.len, CmpOp::Eq);
  if (r <= 0) return r;
  if (sign(rt, x.len) == 0) return 1;
  r = cmp(rt, x.start, y.start, CmpOp::Eq);
  if (r <= 0) return r;
  r = cmp(rt, x.len, Value::small(1), CmpOp::Eq);
  if (r != 0) return r;
  return cmp(rt, x.step, y.step, CmpOp::Eq);
}

static Value range_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!b.is_obj() || b.obj()->type != rt.t.range || (op != CmpOp::Eq && op != CmpOp::Ne)) return rt.NotImplemented();
  int eq = range_equal(rt, as_range(a), as_range(b));
  if (eq < 0) return nullptr;
  return rt.Bool(op == CmpOp::Eq ? eq : !eq);
}

static int64_t range_len(Runtime& rt, const Value& self) {
  RangeObject* r = as_range(self);
  if (!r->big) return r->length;
  int64_t n;
  if (!fits64((*as_tuple(r->big))[3], &n)) {
    rt.raise(rt.t.OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

static int range_truth(Runtime& rt, const Value& self) {
  RangeObject* r = as_range(self);
  if (!r->big) return r->length != 0;
  return sign(rt, (*as_tuple(r->big))[3]) != 0;
}

// r[i] for an int Value i (any size).
static Value range_item_value(Runtime& rt, RangeObject* r, const Value& i_in) {
  int64_t i;
  if (!r->big && fits64(i_in, &i)) {
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) return rt.raise(rt.t.IndexError, "range object index out of range");
    return make_int(rt, nth(r->start, i, r->step));
  }
  Bounds b = bounds_of(rt, r);
  Value idx = i_in;
  if (sign(rt, idx) < 0) {
    idx = add(rt, idx, b.len);
    if (!idx) return nullptr;
  }
  int ok = sign(rt, idx) >= 0 ? cmp(rt, idx, b.len, CmpOp::Lt) : 0;
  if (ok < 0) return nullptr;
  if (!ok) return rt.raise(rt.t.IndexError, "range object index out of range");
  Value off = mul(rt, idx, b.step);
  if (!off) return nullptr;
  return add(rt, b.start, off);
}

// _PySlice_GetLongIndices: a slice resolved against a length of any size.
static bool long_slice_indices(Runtime& rt, SliceObject* s, const Value& length, Value* start, Value* stop,
                               Value* step) {
  auto slice_arg = [&](const Value& v, Value* out) {
    if (!has_index(rt, v)) {
      rt.raise(rt.t.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    *out = index(rt, v);
    return static_cast<bool>(*out);
  };
  Value st = Value::small(1);
  if (!rt.is_none(s->step)) {
    if (!slice_arg(s->step, &st)) return false;
    if (sign(rt, st) == 0) {
      rt.raise(rt.t.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  bool neg = sign(rt, st) < 0;
  Value lower = neg ? Value::small(-1) : Value::small(0);
  Value upper = neg ? add(rt, length, lower) : length;
  if (!upper) return false;
  auto resolve = [&](const Value& v, const Value& dflt, Value* out) {
    if (rt.is_none(v)) {
      *out = dflt;
      return true;
    }
    Value x;
    if (!slice_arg(v, &x)) return false;
    if (sign(rt, x) < 0) {
      x = add(rt, x, length);
      if (!x) return false;
      int lt = cmp(rt, x, lower, CmpOp::Lt);
      if (lt < 0) return false;
      if (lt) x = lower;
    } else {
      int gt = cmp(rt, x, upper, CmpOp::Gt);
      if (gt < 0) return false;
      if (gt) x = upper;
    }
    *out = x;
    return true;
  };
  if (!resolve(s->start, neg ? upper : lower, start)) return false;
  if (!resolve(s->stop, neg ? lower : upper, stop)) return false;
  *step = st;
  return true;
}

static Value range_slice(Runtime& rt, RangeObject* r, SliceObject* sl) {
  if (!r->big) {
    int64_t start, stop, step, n;
    if (!slice_indices(rt, sl, r->length, &start, &stop, &step, &n)) return nullptr;
    // The int64 result is exact unless the new step or bounds overflow: then compute with ints.
    int64_t new_step;
    if (!__builtin_mul_overflow(r->step, step, &new_step)) {
      return new_range_of(rt, nth(r->start, start, r->step), nth(r->start, stop, r->step), new_step);
    }
  }
  Bounds b = bounds_of(rt, r);
  Value start, stop, step;
  if (!long_slice_indices(rt, sl, b.len, &start, &stop, &step)) return nullptr;
  Value substep = mul(rt, b.step, step);
  if (!substep) return nullptr;
  Value s1 = mul(rt, start, b.step), s2 = mul(rt, stop, b.step);
  if (!s1 || !s2) return nullptr;
  Value substart = add(rt, b.start, s1), substop = add(rt, b.start, s2);
  if (!substart || !substop) return nullptr;
  return new_range_values(rt, substart, substop, substep);
}

static Value range_getitem(Runtime& rt, const Value& self, const Value& key) {
  RangeObject* r = as_range(self);
  if (key.is_small() && !r->big) {
    int64_t i = key.small_value();
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) return rt.raise(rt.t.IndexError, "range object index out of range");
    return make_int(rt, nth(r->start, i, r->step));
  }
  if (key.is_obj() && key.obj()->type == rt.t.slice) return range_slice(rt, r, as_slice(key));
  if (!has_index(rt, key)) {
    return rt.raise(rt.t.TypeError, "range indices must be integers or slices, not " + type_name(rt, key));
  }
  Value i = index(rt, key);
  if (!i) return nullptr;
  return range_item_value(rt, r, i);
}

// The position of int `v` in r, or -1 (no user code).
static int64_t range_index_of(const RangeObject* r, int64_t v) {
  if (r->length == 0) return -1;
  if (r->step > 0) {
    if (v < r->start || v >= r->stop) return -1;
  } else {
    if (v > r->start || v <= r->stop) return -1;
  }
  uint64_t off = r->step > 0 ? static_cast<uint64_t>(v) - static_cast<uint64_t>(r->start)
                             : static_cast<uint64_t>(r->start) - static_cast<uint64_t>(v);
  uint64_t s = r->step > 0 ? static_cast<uint64_t>(r->step) : static_cast<uint64_t>(-(r->step + 1)) + 1;
  if (off % s != 0) return -1;
  return static_cast<int64_t>(off / s);
}

static bool is_exact_int_or_bool(Runtime& rt, const Value& v) {
  return v.is_small() || v.obj()->type == rt.t.int_ || v.obj()->type == rt.t.bool_;
}

// The position of int `v` in r as an int Value, or None; null on error.
static Value range_position(Runtime& rt, RangeObject* r, const Value& v) {
  if (!r->big) {
    int64_t x;
    if (!fits64(v, &x)) return rt.None();
    int64_t pos = range_index_of(r, x);
    return pos >= 0 ? make_int(rt, pos) : rt.None();
  }
  Bounds b = bounds_of(rt, r);
  int in;
  if (sign(rt, b.step) > 0) {
    in = cmp(rt, b.start, v, CmpOp::Le);
    if (in > 0) in = cmp(rt, v, b.stop, CmpOp::Lt);
  } else {
    in = cmp(rt, b.stop, v, CmpOp::Lt);
    if (in > 0) in = cmp(rt, v, b.start, CmpOp::Le);
  }
  if (in < 0) return nullptr;
  if (!in) return rt.None();
  Value off = sub(rt, v, b.start);
  if (!off) return nullptr;
  Value rem = binary_op(rt, off, b.step, BinOp::Mod);
  if (!rem) return nullptr;
  if (sign(rt, rem) != 0) return rt.None();
  return binary_op(rt, off, b.step, BinOp::FloorDiv);
}

static int range_contains(Runtime& rt, const Value& self, const Value& item) {
  RangeObject* r = as_range(self);
  if (is_exact_int_or_bool(rt, item)) {
    if (!r->big) {
      int64_t v;
      if (!fits64(item, &v)) return 0;
      return range_index_of(r, v) >= 0;
    }
    Value pos = range_position(rt, r, item);
    if (!pos) return -1;
    return !rt.is_none(pos);
  }
  // Sequence search with ==.
  Value it = iter(rt, self);
  if (!it) return -1;
  for (;;) {
    Value x = next(rt, it);
    if (!x) return rt.has_error() ? -1 : 0;
    int eq = equal(rt, x, item);
    if (eq != 0) return eq;
  }
}

// --- longrange_iterator: iteration of big ranges ---

namespace {
struct LongRangeIterObject : Object {
  Value start, step, len;
};
}  // namespace

static Value make_longrange_iterator(Runtime& rt, Value start, Value step, Value len) {
  TypeObject* t = find_static_type(rt, "longrange_iterator");
  auto* it = alloc<LongRangeIterObject>(rt, t);
  it->start = std::move(start);
  it->step = std::move(step);
  it->len = std::move(len);
  return Value::steal(it);
}

static Value longrangeiter_next(Runtime& rt, const Value& self) {
  auto* it = static_cast<LongRangeIterObject*>(self.obj());
  if (sign(rt, it->len) <= 0) return nullptr;
  Value new_start = add(rt, it->start, it->step);
  if (!new_start) return nullptr;
  Value new_len = sub(rt, it->len, Value::small(1));
  if (!new_len) return nullptr;
  Value result = std::move(it->start);
  it->start = std::move(new_start);
  it->len = std::move(new_len);
  return result;
}

static void longrangeiter_dealloc(Object* o) {
  auto* it = static_cast<LongRangeIterObject*>(o);
  it->start.reset();
  it->step.reset();
  it->len.reset();
}

static Value longrangeiter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  return static_cast<LongRangeIterObject*>(self.obj())->len;
}

static Value self_iter(Runtime&, const Value& self) { return self; }

static Value range_iter(Runtime& rt, const Value& self) {
  RangeObject* r = as_range(self);
  if (!r->big) return make_range_iterator(rt, r->start, r->step, r->length);
  Bounds b = bounds_of(rt, r);
  return make_longrange_iterator(rt, b.start, b.step, b.len);
}

static Value range_m_reversed(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "range.__reversed__", 0, 0)) return nullptr;
  RangeObject* r = as_range(self);
  if (!r->big) {
    if (r->length == 0) return make_range_iterator(rt, r->start, r->step, 0);
    int64_t last = nth(r->start, r->length - 1, r->step);
    if (r->step != kMin) return make_range_iterator(rt, last, -r->step, r->length);
  }
  Bounds b = bounds_of(rt, r);
  Value last_off = sub(rt, b.len, Value::small(1));
  if (!last_off) return nullptr;
  last_off = mul(rt, last_off, b.step);
  if (!last_off) return nullptr;
  Value last = add(rt, b.start, last_off);
  if (!last) return nullptr;
  Value neg = unary_op(rt, b.step, UnOp::Neg);
  if (!neg) return nullptr;
  return make_longrange_iterator(rt, last, neg, b.len);
}

static Value range_m_count(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "range.count", 1, 1)) return nullptr;
  RangeObject* r = as_range(self);
  const Value& v = args[0];
  if (is_exact_int_or_bool(rt, v)) {
    Value pos = range_position(rt, r, v);
    if (!pos) return nullptr;
    return Value::small(rt.is_none(pos) ? 0 : 1);
  }
  int64_t n = 0;
  Value it = iter(rt, self);
  if (!it) return nullptr;
  for (;;) {
    Value x = next(rt, it);
    if (!x) {
      if (rt.has_error()) return nullptr;
      break;
    }
    int eq = equal(rt, x, v);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return Value::small(n);
}

static Value range_m_index(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "range.index", 1, 1)) return nullptr;
  RangeObject* r = as_range(self);
  const Value& v = args[0];
  if (is_exact_int_or_bool(rt, v)) {
    Value pos = range_position(rt, r, v);
    if (!pos) return nullptr;
    if (!rt.is_none(pos)) return pos;
  } else {
    Value it = iter(rt, self);
    if (!it) return nullptr;
    for (int64_t i = 0;; ++i) {
      Value x = next(rt, it);
      if (!x) {
        if (rt.has_error()) return nullptr;
        break;
      }
      int eq = equal(rt, x, v);
      if (eq < 0) return nullptr;
      if (eq) return make_int(rt, i);
    }
  }
  std::string msg;
  if (!repr_string(rt, v, &msg)) return nullptr;
  return rt.raise(rt.t.ValueError, msg + " is not in range");
}

static Value range_get_start(Runtime& rt, const Value& self) { return bounds_of(rt, as_range(self)).start; }
static Value range_get_stop(Runtime& rt, const Value& self) { return bounds_of(rt, as_range(self)).stop; }
static Value range_get_step(Runtime& rt, const Value& self) { return bounds_of(rt, as_range(self)).step; }

// range.__reduce__(): (range, (start, stop, step)), as CPython's range_reduce.
static Value range_m_reduce(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__reduce__", 0, 0)) return nullptr;
  Bounds b = bounds_of(rt, as_range(self));
  Value args = make_tuple(rt, {b.start, b.stop, b.step});
  if (!args) return nullptr;
  return make_tuple(rt, {Value::borrow(rt.t.range), args});
}

static const MethodDef kRangeMethods[] = {
    {"__reversed__", range_m_reversed},
    {"__reduce__", range_m_reduce},
    {"count", range_m_count},
    {"index", range_m_index},
    {nullptr, nullptr},
};

static const GetSetDef kRangeGetSets[] = {
    {"start", range_get_start},
    {"stop", range_get_stop},
    {"step", range_get_step},
    {nullptr, nullptr},
};

static const MethodDef kLongRangeIterMethods[] = {
    {"__length_hint__", longrangeiter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// slice

Value make_slice(Runtime& rt, Value start, Value stop, Value step) {
  auto* s = alloc<SliceObject>(rt, rt.t.slice);
  s->start = start ? std::move(start) : rt.None();
  s->stop = stop ? std::move(stop) : rt.None();
  s->step = step ? std::move(step) : rt.None();
  gc_track(rt, s);
  return Value::steal(s);
}

bool slice_indices(Runtime& rt, SliceObject* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* slicelength) {
  // PySlice_Unpack
  int64_t st = 1;
  if (!rt.is_none(s->step)) {
    if (!slice_index_arg(rt, s->step, &st)) return false;
    if (st == 0) {
      rt.raise(rt.t.ValueError, "slice step cannot be zero");
      return false;
    }
    if (st < -kMax) st = -kMax;
  }
  int64_t b = st < 0 ? kMax : 0;
  int64_t e = st < 0 ? kMin : kMax;
  if (!rt.is_none(s->start) && !slice_index_arg(rt, s->start, &b)) return false;
  if (!rt.is_none(s->stop) && !slice_index_arg(rt, s->stop, &e)) return false;
  // PySlice_AdjustIndices
  if (b < 0) {
    b += length;
    if (b < 0) b = st < 0 ? -1 : 0;
  } else if (b >= length) {
    b = st < 0 ? length - 1 : length;
  }
  if (e < 0) {
    e += length;
    if (e < 0) e = st < 0 ? -1 : 0;
  } else if (e >= length) {
    e = st < 0 ? length - 1 : length;
  }
  int64_t n = 0;
  if (st < 0) {
    if (e < b) n = (b - e - 1) / (-st) + 1;
  } else if (b < e) {
    n = (e - b - 1) / st + 1;
  }
  *start = b;
  *stop = e;
  *step = st;
  *slicelength = n;
  return true;
}

static void slice_dealloc(Object* o) {
  auto* s = static_cast<SliceObject*>(o);
  s->start.reset();
  s->stop.reset();
  s->step.reset();
}

static void slice_traverse(Object* o, Visitor& visit) {
  auto* s = static_cast<SliceObject*>(o);
  visit(s->start);
  visit(s->stop);
  visit(s->step);
}

static void slice_clear(Object* o) { slice_dealloc(o); }

static Value slice_new(Runtime& rt, TypeObject*, CallArgs args) {
  if (!no_kwargs(rt, args, "slice")) return nullptr;
  if (args.nargs == 0) return rt.raise(rt.t.TypeError, "slice expected at least 1 argument, got 0");
  if (args.nargs > 3) {
    return rt.raise(rt.t.TypeError, "slice expected at most 3 arguments, got " + std::to_string(args.nargs));
  }
  if (args.nargs == 1) return make_slice(rt, rt.None(), args[0], rt.None());
  return make_slice(rt, args[0], args[1], args.nargs == 3 ? args[2] : rt.None());
}

static Value slice_repr(Runtime& rt, const Value& self) {
  SliceObject* s = as_slice(self);
  std::string out = "slice(";
  if (!append_repr(rt, out, s->start)) return nullptr;
  out += ", ";
  if (!append_repr(rt, out, s->stop)) return nullptr;
  out += ", ";
  if (!append_repr(rt, out, s->step)) return nullptr;
  out += ")";
  return make_str(rt, out);
}

static Value slice_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!b.is_obj() || b.obj()->type != rt.t.slice) return rt.NotImplemented();
  if (a.is(b)) {
    switch (op) {
      case CmpOp::Eq: case CmpOp::Le: case CmpOp::Ge: return rt.True();
      case CmpOp::Ne: case CmpOp::Lt: case CmpOp::Gt: return rt.False();
    }
  }
  SliceObject* x = as_slice(a);
  SliceObject* y = as_slice(b);
  Value t1 = make_tuple(rt, {x->start, x->stop, x->step});
  Value t2 = make_tuple(rt, {y->start, y->stop, y->step});
  return rich_compare(rt, t1, t2, op);
}

static Value slice_m_indices(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "slice.indices", 1, 1)) return nullptr;
  int64_t len;
  if (args[0].is_small()) {
    len = args[0].small_value();
  } else {
    Value i = index(rt, args[0]);
    if (!i) return nullptr;
    if (i.is_small()) len = i.small_value();
    else if (!int_to_int64(i, &len)) return rt.raise(rt.t.OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (len < 0) return rt.raise(rt.t.ValueError, "length should not be negative");
  int64_t start, stop, step, n;
  if (!slice_indices(rt, as_slice(self), len, &start, &stop, &step, &n)) return nullptr;
  return make_tuple(rt, {make_int(rt, start), make_int(rt, stop), make_int(rt, step)});
}

static Value slice_get_start(Runtime&, const Value& self) { return as_slice(self)->start; }
static Value slice_get_stop(Runtime&, const Value& self) { return as_slice(self)->stop; }
static Value slice_get_step(Runtime&, const Value& self) { return as_slice(self)->step; }

// slice.__reduce__: (slice, (start, stop, step)), so copy and pickle rebuild it.
static Value slice_m_reduce(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__reduce__", 0, 0)) return nullptr;
  SliceObject* s = as_slice(self);
  return make_tuple(rt, {Value::borrow(self.type(rt)), make_tuple(rt, {s->start, s->stop, s->step})});
}

static const MethodDef kSliceMethods[] = {
    {"indices", slice_m_indices},
    {"__reduce__", slice_m_reduce},
    {nullptr, nullptr},
};

static const GetSetDef kSliceGetSets[] = {
    {"start", slice_get_start},
    {"stop", slice_get_stop},
    {"step", slice_get_step},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_range_slice_types(Runtime& rt) {
  TypeSlots r;
  r.dealloc = range_dealloc;
  r.repr = range_repr;
  r.hash = range_hash;
  r.compare = range_compare;
  r.len = range_len;
  r.truth = range_truth;
  r.getitem = range_getitem;
  r.contains = range_contains;
  r.iter = range_iter;
  r.new_ = range_new;
  rt.t.range = make_builtin_type(rt, TypeSpec{"range", nullptr, sizeof(RangeObject), 0, kRangeMethods, kRangeGetSets}, r);

  TypeSlots li;
  li.dealloc = longrangeiter_dealloc;
  li.iter = self_iter;
  li.next = longrangeiter_next;
  make_builtin_type(rt, TypeSpec{"longrange_iterator", nullptr, sizeof(LongRangeIterObject), 0, kLongRangeIterMethods}, li);

  TypeSlots s;
  s.dealloc = slice_dealloc;
  s.traverse = slice_traverse;
  s.clear = slice_clear;
  s.repr = slice_repr;
  s.hash = hash_not_implemented;
  s.compare = slice_compare;
  s.new_ = slice_new;
  rt.t.slice =
      make_builtin_type(rt, TypeSpec{"slice", nullptr, sizeof(SliceObject), kTypeGc, kSliceMethods, kSliceGetSets}, s);
}

}  // namespace ls
