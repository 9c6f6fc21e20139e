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

// An index-able argument of range() as int64.
bool range_arg(Runtime& rt, const Value& v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Value i = index(rt, v);
  if (!i) return false;
  if (i.is_small()) {
    *out = i.small_value();
    return true;
  }
  if (!int_to_int64(i, out)) {
    rt.raise(rt.t.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// start + i*step with wrap-around arithmetic (the result is in range whenever i < length).
inline int64_t nth(int64_t start, int64_t i, int64_t step) {
  return static_cast<int64_t>(static_cast<uint64_t>(start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(step));
}

Value new_range_of(Runtime& rt, int64_t start, int64_t stop, int64_t step) {
  int64_t len = range_length(start, stop, step);
  if (len < 0) return rt.raise(rt.t.OverflowError, "Python int too large to convert to C ssize_t");
  auto* r = alloc<RangeObject>(rt, rt.t.range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  return Value::steal(r);
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
  int64_t start = 0, stop = 0, step = 1;
  if (args.nargs == 1) {
    if (!range_arg(rt, args[0], &stop)) return nullptr;
  } else {
    if (!range_arg(rt, args[0], &start) || !range_arg(rt, args[1], &stop)) return nullptr;
    if (args.nargs == 3 && !range_arg(rt, args[2], &step)) return nullptr;
  }
  return make_range(rt, start, stop, step);
}

static void range_dealloc(Object*) {}

static Value range_repr(Runtime& rt, const Value& self) {
  RangeObject* r = as_range(self);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  s += ")";
  return make_str(rt, s);
}

static bool range_hash(Runtime& rt, const Value& self, int64_t* out) {
  RangeObject* r = as_range(self);
  Value items[3];
  items[0] = make_int(rt, r->length);
  if (r->length == 0) {
    items[1] = rt.None();
    items[2] = rt.None();
  } else {
    items[1] = make_int(rt, r->start);
    items[2] = r->length == 1 ? rt.None() : make_int(rt, r->step);
  }
  return tuple_hash_items(rt, items, 3, out);
}

static bool range_equal(const RangeObject* a, const RangeObject* b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  if (a->length == 1) return true;
  return a->step == b->step;
}

static Value range_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!b.is_obj() || b.obj()->type != rt.t.range || (op != CmpOp::Eq && op != CmpOp::Ne)) return rt.NotImplemented();
  bool eq = range_equal(as_range(a), as_range(b));
  return rt.Bool(op == CmpOp::Eq ? eq : !eq);
}

static int64_t range_len(Runtime&, const Value& self) { return as_range(self)->length; }

static int range_truth(Runtime&, const Value& self) { return as_range(self)->length != 0; }

static Value range_item(Runtime& rt, RangeObject* r, int64_t i) {
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return rt.raise(rt.t.IndexError, "range object index out of range");
  return make_int(rt, nth(r->start, i, r->step));
}

static Value range_getitem(Runtime& rt, const Value& self, const Value& key) {
  RangeObject* r = as_range(self);
  if (key.is_small()) return range_item(rt, r, key.small_value());
  if (key.obj()->type == rt.t.slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(rt, as_slice(key), r->length, &start, &stop, &step, &n)) return nullptr;
    (void)n;
    return new_range_of(rt, nth(r->start, start, r->step), nth(r->start, stop, r->step), r->step * step);
  }
  int64_t i;
  if (!seq_index_value(rt, key, "range", &i)) return nullptr;
  return range_item(rt, r, i);
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

static bool range_contains_int64(const RangeObject* r, int64_t v) { return range_index_of(r, v) >= 0; }

static bool is_exact_int_or_bool(Runtime& rt, const Value& v) {
  return v.is_small() || v.obj()->type == rt.t.int_ || v.obj()->type == rt.t.bool_;
}

static int range_contains(Runtime& rt, const Value& self, const Value& item) {
  RangeObject* r = as_range(self);
  if (is_exact_int_or_bool(rt, item)) {
    int64_t v;
    if (item.is_small()) v = item.small_value();
    else if (!int_to_int64(item, &v)) return 0;
    return range_contains_int64(r, v);
  }
  // Sequence search with ==.
  for (int64_t i = 0; i < r->length; ++i) {
    Value x = make_int(rt, nth(r->start, i, r->step));
    int eq = equal(rt, x, item);
    if (eq != 0) return eq;
  }
  return 0;
}

static Value range_iter(Runtime& rt, const Value& self) {
  RangeObject* r = as_range(self);
  return make_range_iterator(rt, r->start, r->step, r->length);
}

static Value range_m_reversed(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "range.__reversed__", 0, 0)) return nullptr;
  RangeObject* r = as_range(self);
  if (r->length == 0) return make_range_iterator(rt, r->start, r->step, 0);
  return make_range_iterator(rt, nth(r->start, r->length - 1, r->step), -r->step, r->length);
}

static Value range_m_count(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "range.count", 1, 1)) return nullptr;
  RangeObject* r = as_range(self);
  const Value& v = args[0];
  if (is_exact_int_or_bool(rt, v)) {
    int64_t x;
    if (v.is_small()) x = v.small_value();
    else if (!int_to_int64(v, &x)) return Value::small(0);
    return Value::small(range_contains_int64(r, x) ? 1 : 0);
  }
  int64_t n = 0;
  for (int64_t i = 0; i < r->length; ++i) {
    Value x = make_int(rt, nth(r->start, i, r->step));
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
    int64_t x;
    if (v.is_small() ? (x = v.small_value(), true) : int_to_int64(v, &x)) {
      int64_t pos = range_index_of(r, x);
      if (pos >= 0) return make_int(rt, pos);
    }
  } else {
    for (int64_t i = 0; i < r->length; ++i) {
      Value x = make_int(rt, nth(r->start, i, r->step));
      int eq = equal(rt, x, v);
      if (eq < 0) return nullptr;
      if (eq) return make_int(rt, i);
    }
  }
  std::string msg;
  if (!repr_string(rt, v, &msg)) return nullptr;
  return rt.raise(rt.t.ValueError, msg + " is not in range");
}

static Value range_get_start(Runtime& rt, const Value& self) { return make_int(rt, as_range(self)->start); }
static Value range_get_stop(Runtime& rt, const Value& self) { return make_int(rt, as_range(self)->stop); }
static Value range_get_step(Runtime& rt, const Value& self) { return make_int(rt, as_range(self)->step); }

static const MethodDef kRangeMethods[] = {
    {"__reversed__", range_m_reversed},
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

static const MethodDef kSliceMethods[] = {
    {"indices", slice_m_indices},
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
