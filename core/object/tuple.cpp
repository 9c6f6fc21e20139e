// tuple: immutable array with inline items. Hash, comparison, repr and errors follow CPython 3.11
// (Objects/tupleobject.c): the hash is the xxHash-based tuplehash, so sets and dicts keyed by
// tuples lay out (and iterate) exactly like CPython's.
#include "object/tuple.hpp"

#include <cstring>
#include <limits>
#include <string>

#include "object/class.hpp"
#include "object/container_util.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// Construction

static TupleObject* alloc_tuple(Runtime& rt, TypeObject* type, int64_t n) {
  auto* t = alloc<TupleObject>(rt, type, static_cast<size_t>(n) * sizeof(Value));
  t->size = n;
  t->hash_cache = -1;
  return t;
}

Ref<TupleObject> new_tuple(Runtime& rt, int64_t n) {
  if (n == 0 && rt.empty_tuple) return Ref<TupleObject>::borrow(static_cast<TupleObject*>(rt.empty_tuple));
  TupleObject* t = alloc_tuple(rt, rt.t.tuple, n);
  gc_track(rt, t);
  return Ref<TupleObject>::steal(t);
}

Value make_tuple(Runtime& rt, std::initializer_list<Value> items) {
  return make_tuple(rt, items.begin(), static_cast<int64_t>(items.size()));
}

Value make_tuple(Runtime& rt, const Value* items, int64_t n) {
  Ref<TupleObject> t = new_tuple(rt, n);
  for (int64_t i = 0; i < n; ++i) (*t)[i].put(items[i]);  // fresh slots: nothing to release
  return std::move(t).value();
}

// A tuple of `type` (tuple or a subclass) holding the items of `src` (moved out of it).
static Value tuple_of_type_from_list(Runtime& rt, TypeObject* type, ListObject* src) {
  int64_t n = src->size;
  if (type == rt.t.tuple) {
    Ref<TupleObject> t = new_tuple(rt, n);
    for (int64_t i = 0; i < n; ++i) (*t)[i] = std::move(src->items[i]);
    src->size = 0;
    return std::move(t).value();
  }
  TupleObject* t = alloc_tuple(rt, type, n);
  for (int64_t i = 0; i < n; ++i) (*t)[i] = std::move(src->items[i]);
  src->size = 0;
  gc_track(rt, t);
  return Value::steal(t);
}

Value tuple_from_iterable(Runtime& rt, const Value& iterable) {
  if (is_exact(rt, iterable, rt.t.tuple)) return iterable;
  if (iterable.is_obj() && iterable.obj()->type == rt.t.list) {
    ListObject* l = as_list(iterable);
    return make_tuple(rt, l->items, l->size);
  }
  Value l = list_from_iterable(rt, iterable);
  if (!l) return nullptr;
  return tuple_of_type_from_list(rt, rt.t.tuple, as_list(l));
}

// ---------------------------------------------------------------------------------------------
// Slots

static void tuple_dealloc(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  Value* items = t->items();
  // CPython's tupledealloc releases the items last to first (visible through __del__ order).
  for (int64_t i = t->size - 1; i >= 0; --i) items[i].reset();
}

static void tuple_traverse(Object* o, Visitor& visit) {
  auto* t = static_cast<TupleObject*>(o);
  const Value* items = t->items();
  for (int64_t i = 0; i < t->size; ++i) visit(items[i]);
}

static Value tuple_repr(Runtime& rt, const Value& self) {
  TupleObject* t = as_tuple(self);
  if (t->size == 0) return make_str(rt, "()");
  ReprGuard guard(t);
  if (!guard.entered()) return make_str(rt, "(...)");
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    Value item = (*t)[i];
    if (!append_repr(rt, out, item)) return nullptr;
  }
  if (t->size == 1) out += ",";
  out += ")";
  return make_str(rt, out);
}

// CPython 3.11 tuplehash (xxHash's round with 64-bit primes).
bool tuple_hash_items(Runtime& rt, const Value* items, int64_t n, int64_t* out) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < n; ++i) {
    int64_t h;
    if (!hash(rt, items[i], &h)) return false;
    uint64_t lane = static_cast<uint64_t>(h);
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(n) ^ (kPrime5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) acc = 1546275796;
  *out = static_cast<int64_t>(acc);
  return true;
}

static bool tuple_hash(Runtime& rt, const Value& self, int64_t* out) {
  TupleObject* t = as_tuple(self);
  return tuple_hash_items(rt, t->items(), t->size, out);
}

static bool cmp_sizes(int64_t a, int64_t b, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
  }
  return false;
}

static Value tuple_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!isinstance(rt, a, rt.t.tuple) || !isinstance(rt, b, rt.t.tuple)) return rt.NotImplemented();
  TupleObject* v = as_tuple(a);
  TupleObject* w = as_tuple(b);
  int64_t i = 0;
  for (; i < v->size && i < w->size; ++i) {
    int k = equal(rt, (*v)[i], (*w)[i]);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= v->size || i >= w->size) return rt.Bool(cmp_sizes(v->size, w->size, op));
  if (op == CmpOp::Eq) return rt.False();
  if (op == CmpOp::Ne) return rt.True();
  Value x = (*v)[i], y = (*w)[i];
  return rich_compare(rt, x, y, op);
}

static int64_t tuple_len(Runtime&, const Value& self) { return as_tuple(self)->size; }

static Value tuple_slice(Runtime& rt, const Value& self, SliceObject* sl) {
  TupleObject* t = as_tuple(self);
  int64_t start, stop, step, n;
  if (!slice_indices(rt, sl, t->size, &start, &stop, &step, &n)) return nullptr;
  if (n <= 0) return Value::borrow(rt.empty_tuple);
  if (step == 1 && n == t->size && self.obj()->type == rt.t.tuple) return self;
  Ref<TupleObject> r = new_tuple(rt, n);
  for (int64_t i = 0, j = start; i < n; ++i, j += step) (*r)[i] = (*t)[j];
  return std::move(r).value();
}

static Value tuple_getitem(Runtime& rt, const Value& self, const Value& key) {
  TupleObject* t = as_tuple(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small_value();
  } else if (key.obj()->type == rt.t.slice) {
    return tuple_slice(rt, self, static_cast<SliceObject*>(key.obj()));
  } else if (!seq_index_value(rt, key, "tuple", &i)) {
    return nullptr;
  }
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) return rt.raise(rt.t.IndexError, "tuple index out of range");
  return (*t)[i];
}

static int tuple_contains(Runtime& rt, const Value& self, const Value& item) {
  TupleObject* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i) {
    Value x = (*t)[i];
    int r = equal(rt, x, item);
    if (r != 0) return r;
  }
  return 0;
}

static Value tuple_iter(Runtime& rt, const Value& self) { return make_tuple_iterator(rt, self); }

static Value tuple_add(Runtime& rt, const Value& a, const Value& b) {
  if (!isinstance(rt, a, rt.t.tuple) || !isinstance(rt, b, rt.t.tuple)) return rt.NotImplemented();
  TupleObject* x = as_tuple(a);
  TupleObject* y = as_tuple(b);
  if (x->size == 0 && b.obj()->type == rt.t.tuple) return b;
  if (y->size == 0 && a.obj()->type == rt.t.tuple) return a;
  int64_t n = x->size + y->size;
  if (too_big(rt, n, sizeof(Value))) return nullptr;
  Ref<TupleObject> r = new_tuple(rt, n);
  for (int64_t i = 0; i < x->size; ++i) (*r)[i] = (*x)[i];
  for (int64_t i = 0; i < y->size; ++i) (*r)[x->size + i] = (*y)[i];
  return std::move(r).value();
}

// The repeat count of `seq * n`: OverflowError for ints beyond int64.
bool repeat_count(Runtime& rt, const Value& n, int64_t* out) {
  if (n.is_small()) {
    *out = n.small_value();
    return true;
  }
  Value i = index(rt, n);
  if (!i) return false;
  if (i.is_small()) {
    *out = i.small_value();
    return true;
  }
  if (!int_to_int64(i, out)) {
    rt.raise(rt.t.OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  return true;
}

static Value tuple_mul(Runtime& rt, const Value& a, const Value& b) {
  const Value* seq = &a;
  const Value* cnt = &b;
  if (!isinstance(rt, a, rt.t.tuple)) {
    seq = &b;
    cnt = &a;
  }
  if (!isinstance(rt, *seq, rt.t.tuple) || !has_index(rt, *cnt)) return rt.NotImplemented();
  int64_t n;
  if (!repeat_count(rt, *cnt, &n)) return nullptr;
  TupleObject* t = as_tuple(*seq);
  if (n <= 0 || t->size == 0) return Value::borrow(rt.empty_tuple);
  if (n == 1 && seq->obj()->type == rt.t.tuple) return *seq;
  if (n > std::numeric_limits<int64_t>::max() / t->size) return raise_no_memory(rt);
  int64_t total = t->size * n;
  if (too_big(rt, total, sizeof(Value))) return nullptr;
  Ref<TupleObject> r = new_tuple(rt, total);
  Value* dst = r->items();
  for (int64_t k = 0; k < n; ++k) {
    for (int64_t i = 0; i < t->size; ++i) *dst++ = (*t)[i];
  }
  return std::move(r).value();
}

static Value tuple_new(Runtime& rt, TypeObject* type, CallArgs args) {
  if ((type == rt.t.tuple || type->slots.init == rt.t.tuple->slots.init) && !no_kwargs(rt, args, "tuple")) {
    return nullptr;
  }
  if (args.nargs > 1) {
    return rt.raise(rt.t.TypeError, "tuple expected at most 1 argument, got " + std::to_string(args.nargs));
  }
  if (type == rt.t.tuple) {
    if (args.nargs == 0) return Value::borrow(rt.empty_tuple);
    return tuple_from_iterable(rt, args[0]);
  }
  Value l;
  if (args.nargs == 0) {
    l = new_list(rt).value();
  } else {
    l = list_from_iterable(rt, args[0]);
    if (!l) return nullptr;
  }
  return tuple_of_type_from_list(rt, type, as_list(l));
}

// ---------------------------------------------------------------------------------------------
// Methods

static Value tuple_m_count(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "tuple.count", 1, 1)) return nullptr;
  TupleObject* t = as_tuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    Value x = (*t)[i];
    int r = equal(rt, x, args[0]);
    if (r < 0) return nullptr;
    n += r;
  }
  return Value::small(n);
}

static Value tuple_m_index(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "index", 1, 3)) return nullptr;
  TupleObject* t = as_tuple(self);
  int64_t start = 0, stop = std::numeric_limits<int64_t>::max();
  if (args.nargs > 1 && !slice_index_arg(rt, args[1], &start, false)) return nullptr;
  if (args.nargs > 2 && !slice_index_arg(rt, args[2], &stop, false)) return nullptr;
  adjust_search_bounds(t->size, &start, &stop);
  for (int64_t i = start; i < stop && i < t->size; ++i) {
    Value x = (*t)[i];
    int r = equal(rt, x, args[0]);
    if (r < 0) return nullptr;
    if (r) return Value::small(i);
  }
  return rt.raise(rt.t.ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_m_getnewargs(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "tuple.__getnewargs__", 0, 0)) return nullptr;
  TupleObject* t = as_tuple(self);
  Value copy = make_tuple(rt, t->items(), t->size);
  return make_tuple(rt, {copy});
}

Value container_class_getitem(Runtime& rt, const Value& cls, CallArgs args) {
  if (!check_nargs(rt, args, "__class_getitem__", 1, 1)) return nullptr;
  return make_generic_alias(rt, cls, args[0]);
}

// CPython's tuple.__sizeof__: the 24-byte header and size, then one pointer per item.
static Value tuple_m_sizeof(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "tuple.__sizeof__", 0, 0)) return nullptr;
  return Value::small(24 + 8 * as_tuple(self)->size);
}

static const MethodDef kTupleMethods[] = {
    {"__sizeof__", tuple_m_sizeof},
    {"count", tuple_m_count},
    {"index", tuple_m_index},
    {"__getnewargs__", tuple_m_getnewargs},
    {"__class_getitem__", container_class_getitem, kMethClass},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_tuple_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = tuple_dealloc;
  s.traverse = tuple_traverse;
  s.repr = tuple_repr;
  s.hash = tuple_hash;
  s.compare = tuple_compare;
  s.len = tuple_len;
  s.getitem = tuple_getitem;
  s.contains = tuple_contains;
  s.iter = tuple_iter;
  s.new_ = tuple_new;
  s.binop[static_cast<int>(BinOp::Add)] = tuple_add;
  s.binop[static_cast<int>(BinOp::Mul)] = tuple_mul;
  // Methods are installed by init_tuple_methods once method descriptors exist.
  rt.t.tuple = make_builtin_type(
      rt, TypeSpec{"tuple", nullptr, sizeof(TupleObject), kTypeGc | kTypeBaseType | kTypeTupleSubclass}, s);
  rt.t.tuple->itemsize = sizeof(Value);
  TupleObject* empty = alloc_tuple(rt, rt.t.tuple, 0);
  empty->flags |= kImmortal;
  empty->refcnt = 1u << 30;
  rt.empty_tuple = empty;
}

void init_tuple_methods(Runtime& rt) {
  TypeObject* t = rt.t.tuple;
  if (!t->dict || dict_lookup_str(as_dict(t->dict), rt.intern("count"))) return;
  add_methods(rt, t, kTupleMethods);
}

}  // namespace ls
