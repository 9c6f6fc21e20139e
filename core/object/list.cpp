// list: a growable array of values (CPython's Objects/listobject.c: same growth pattern, same
// error messages, same behaviour when the list is mutated by code run during an operation).
#include "object/list.hpp"

#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "object/class.hpp"
#include "object/container_util.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

bool repeat_count(Runtime& rt, const Value& n, int64_t* out);  // tuple.cpp
Value container_class_getitem(Runtime& rt, const Value& cls, CallArgs args);  // tuple.cpp

// ---------------------------------------------------------------------------------------------
// Storage

// (capacity is -1 while list.sort() has detached the items: treated as 0.)
static void set_capacity(Runtime& rt, ListObject* l, int64_t cap) {
  if (cap == l->capacity) return;
  int64_t old = l->capacity < 0 ? 0 : l->capacity;
  if (cap == 0) {
    if (l->items) rt.heap.free_raw(l->items, static_cast<size_t>(old) * sizeof(Value));
    l->items = nullptr;
    l->capacity = 0;
    return;
  }
  auto* p = static_cast<Value*>(rt.heap.realloc_raw(l->items, static_cast<size_t>(old) * sizeof(Value),
                                                    static_cast<size_t>(cap) * sizeof(Value)));
  if (cap > old) {
    std::memset(static_cast<void*>(p + old), 0, static_cast<size_t>(cap - old) * sizeof(Value));
  }
  l->items = p;
  l->capacity = cap;
}

// CPython's list_resize: over-allocates proportionally so appends are amortized O(1). Slots past
// the new size must already be null (the caller moved or released them).
static void list_resize(Runtime& rt, ListObject* l, int64_t newsize) {
  int64_t allocated = l->capacity;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->size = newsize;
    return;
  }
  int64_t new_allocated = (newsize + (newsize >> 3) + 6) & ~int64_t(3);
  if (newsize - l->size > new_allocated - newsize) new_allocated = (newsize + 3) & ~int64_t(3);
  if (newsize == 0) new_allocated = 0;
  set_capacity(rt, l, new_allocated);
  l->size = newsize;
}

static ListObject* alloc_list(Runtime& rt, TypeObject* type) {
  auto* l = alloc<ListObject>(rt, type);
  l->size = 0;
  l->capacity = 0;
  l->items = nullptr;
  return l;
}

Ref<ListObject> new_list(Runtime& rt, int64_t reserve) {
  ListObject* l = alloc_list(rt, rt.t.list);
  if (reserve > 0) set_capacity(rt, l, reserve);
  gc_track(rt, l);
  return Ref<ListObject>::steal(l);
}

void list_reserve(Runtime& rt, ListObject* l, int64_t n) {
  if (n > l->capacity) set_capacity(rt, l, n);
}

static void list_clear_items(Runtime& rt, ListObject* l);
void list_clear(Runtime& rt, ListObject* l) { list_clear_items(rt, l); }

void list_append(Runtime& rt, ListObject* l, Value v) {
  int64_t n = l->size;
  if (n >= l->capacity) {
    list_resize(rt, l, n + 1);
  } else {
    l->size = n + 1;
  }
  l->items[n] = std::move(v);
}

// Drops every item; the references are released only after the list is empty, because releasing
// one may run code that looks at the list.
static void list_clear_items(Runtime& rt, ListObject* l) {
  Value* items = l->items;
  int64_t n = l->size;
  int64_t cap = l->capacity;
  if (!items) {
    l->size = 0;
    l->capacity = 0;
    return;
  }
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  for (int64_t i = n - 1; i >= 0; --i) items[i].reset();
  rt.heap.free_raw(items, static_cast<size_t>(cap) * sizeof(Value));
}

// CPython's list_preallocate_exact: a list without storage yet gets room for `n` items rounded up
// to even (list(sized), extending an empty list by a list or tuple, a constant list display).
static void list_preallocate_exact(Runtime& rt, ListObject* l, int64_t n) {
  if (!l->items && n > 0) set_capacity(rt, l, (n + 1) & ~int64_t(1));
}

static bool list_extend_items(Runtime& rt, ListObject* l, const Value* src, int64_t n) {
  if (n == 0) return true;
  if (too_big(rt, l->size + n, sizeof(Value))) return false;
  list_preallocate_exact(rt, l, n);
  // `src` may be l's own buffer (l.extend(l)): copy first.
  std::vector<Value> tmp;
  if (l->items && src >= l->items && src < l->items + l->capacity) {
    tmp.assign(src, src + n);
    src = tmp.data();
  }
  int64_t old = l->size;
  list_resize(rt, l, old + n);
  for (int64_t i = 0; i < n; ++i) l->items[old + i] = src[i];
  return true;
}

bool list_extend(Runtime& rt, ListObject* l, const Value& iterable) {
  if (iterable.is_obj()) {
    TypeObject* t = iterable.obj()->type;
    if (t == rt.t.list || ((t->flags & kTypeListSubclass) && t->slots.iter == rt.t.list->slots.iter)) {
      ListObject* src = as_list(iterable);
      if (src == l) {
        std::vector<Value> tmp(src->items, src->items + src->size);
        return list_extend_items(rt, l, tmp.data(), static_cast<int64_t>(tmp.size()));
      }
      return list_extend_items(rt, l, src->items, src->size);
    }
    if (t == rt.t.tuple) {
      TupleObject* src = as_tuple(iterable);
      return list_extend_items(rt, l, src->items(), src->size);
    }
  }
  Value it = iter(rt, iterable);
  if (!it) return false;
  for (;;) {
    Value item = next(rt, it);  // a step per item: an endless iterator meets the step budget
    if (!item) return !rt.has_error();
    list_append(rt, l, std::move(item));
  }
}

Value list_from_iterable(Runtime& rt, const Value& iterable) {
  Ref<ListObject> l = new_list(rt);
  if (!list_extend(rt, l.get(), iterable)) return nullptr;
  return std::move(l).value();
}

// Replaces items [lo, hi) with `src[0..n)` (CPython's list_ass_slice).
static bool list_ass_slice(Runtime& rt, ListObject* l, int64_t lo, int64_t hi, const Value* src, int64_t n) {
  if (lo < 0) lo = 0;
  else if (lo > l->size) lo = l->size;
  if (hi < lo) hi = lo;
  else if (hi > l->size) hi = l->size;
  std::vector<Value> tmp;
  if (n && l->items && src >= l->items && src < l->items + l->capacity) {
    tmp.assign(src, src + n);
    src = tmp.data();
  }
  int64_t d = n - (hi - lo);
  if (d > 0 && too_big(rt, l->size + d, sizeof(Value))) return false;
  // Keep the replaced items alive until the list is consistent again.
  std::vector<Value> recycled;
  recycled.reserve(static_cast<size_t>(hi - lo));
  for (int64_t i = lo; i < hi; ++i) recycled.push_back(std::move(l->items[i]));
  int64_t oldsize = l->size;
  if (d < 0) {
    // Shift the tail left, then shrink.
    std::memmove(static_cast<void*>(l->items + hi + d), l->items + hi, static_cast<size_t>(oldsize - hi) * sizeof(Value));
    std::memset(static_cast<void*>(l->items + oldsize + d), 0, static_cast<size_t>(-d) * sizeof(Value));
    list_resize(rt, l, oldsize + d);
  } else if (d > 0) {
    list_resize(rt, l, oldsize + d);
    std::memmove(static_cast<void*>(l->items + hi + d), l->items + hi, static_cast<size_t>(oldsize - hi) * sizeof(Value));
    std::memset(static_cast<void*>(l->items + hi), 0, static_cast<size_t>(d) * sizeof(Value));
  }
  for (int64_t i = 0; i < n; ++i) l->items[lo + i] = src[i];
  return true;
}

bool list_insert(Runtime& rt, ListObject* l, int64_t where, Value v) {
  int64_t n = l->size;
  if (too_big(rt, n + 1, sizeof(Value))) return false;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  list_resize(rt, l, n + 1);
  std::memmove(static_cast<void*>(l->items + where + 1), l->items + where, static_cast<size_t>(n - where) * sizeof(Value));
  std::memset(static_cast<void*>(l->items + where), 0, sizeof(Value));
  l->items[where] = std::move(v);
  return true;
}

// Removes and returns item i (0 <= i < size).
static Value list_take(Runtime& rt, ListObject* l, int64_t i) {
  Value v = std::move(l->items[i]);
  int64_t n = l->size;
  std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, static_cast<size_t>(n - i - 1) * sizeof(Value));
  std::memset(static_cast<void*>(l->items + n - 1), 0, sizeof(Value));
  list_resize(rt, l, n - 1);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Slots

static void list_dealloc(Object* o) {
  auto* l = static_cast<ListObject*>(o);
  if (l->items) {
    for (int64_t i = l->size - 1; i >= 0; --i) l->items[i].reset();
    l->type->rt->heap.free_raw(l->items, static_cast<size_t>(l->capacity < 0 ? 0 : l->capacity) * sizeof(Value));
    l->items = nullptr;
  }
}

static void list_traverse(Object* o, Visitor& visit) {
  auto* l = static_cast<ListObject*>(o);
  for (int64_t i = 0; i < l->size; ++i) visit(l->items[i]);
}

static void list_gc_clear(Object* o) {
  auto* l = static_cast<ListObject*>(o);
  list_clear_items(*l->type->rt, l);
}

static Value list_repr(Runtime& rt, const Value& self) {
  ListObject* l = as_list(self);
  if (l->size == 0) return make_str(rt, "[]");
  ReprGuard guard(l);
  if (!guard.entered()) return make_str(rt, "[...]");
  std::string out = "[";
  for (int64_t i = 0; i < l->size; ++i) {
    if (i) out += ", ";
    Value item = l->items[i];
    if (!append_repr(rt, out, item)) return nullptr;
  }
  out += "]";
  return make_str(rt, out);
}

static bool cmp_result(int64_t a, int64_t b, CmpOp op) {
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

static Value list_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (!isinstance(rt, a, rt.t.list) || !isinstance(rt, b, rt.t.list)) return rt.NotImplemented();
  ListObject* v = as_list(a);
  ListObject* w = as_list(b);
  if (v->size != w->size && (op == CmpOp::Eq || op == CmpOp::Ne)) return rt.Bool(op == CmpOp::Ne);
  int64_t i = 0;
  for (; i < v->size && i < w->size; ++i) {
    if (v->items[i].is(w->items[i])) continue;
    Value x = v->items[i], y = w->items[i];
    int k = rich_compare_bool(rt, x, y, CmpOp::Eq);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= v->size || i >= w->size) return rt.Bool(cmp_result(v->size, w->size, op));
  if (op == CmpOp::Eq) return rt.False();
  if (op == CmpOp::Ne) return rt.True();
  Value x = v->items[i], y = w->items[i];
  return rich_compare(rt, x, y, op);
}

static int64_t list_len(Runtime&, const Value& self) { return as_list(self)->size; }

static Value list_slice_get(Runtime& rt, ListObject* l, SliceObject* sl) {
  int64_t start, stop, step, n;
  if (!slice_indices(rt, sl, l->size, &start, &stop, &step, &n)) return nullptr;
  Ref<ListObject> r = new_list(rt, n > 0 ? n : 0);
  if (n <= 0) return std::move(r).value();
  for (int64_t i = 0, j = start; i < n; ++i, j += step) r->items[i] = l->items[j];
  r->size = n;
  return std::move(r).value();
}

Value list_getitem_index(Runtime& rt, ListObject* l, int64_t i) {
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return rt.raise(rt.t.IndexError, "list index out of range");
  return l->items[i];
}

static Value list_getitem(Runtime& rt, const Value& self, const Value& key) {
  ListObject* l = as_list(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small_value();
  } else if (key.obj()->type == rt.t.slice) {
    return list_slice_get(rt, l, static_cast<SliceObject*>(key.obj()));
  } else if (!seq_index_value(rt, key, "list", &i)) {
    return nullptr;
  }
  return list_getitem_index(rt, l, i);
}

static bool list_slice_set(Runtime& rt, const Value& self, SliceObject* sl, const Value& v) {
  ListObject* l = as_list(self);
  int64_t start, stop, step, n;
  if (!slice_indices(rt, sl, l->size, &start, &stop, &step, &n)) return false;
  if (step == 1) {
    if (!v) return list_ass_slice(rt, l, start, stop, nullptr, 0);
    // The new items as a fast sequence ("can only assign an iterable").
    Value seq;
    if (v.is(self) || !(is_exact(rt, v, rt.t.list) || is_exact(rt, v, rt.t.tuple))) {
      if (!v.is(self) && !v.type(rt)->slots.iter && !v.type(rt)->slots.getitem) {
        rt.raise(rt.t.TypeError, "can only assign an iterable");
        return false;
      }
      seq = list_from_iterable(rt, v);
      if (!seq) return false;
    } else {
      seq = v;
    }
    const Value* src;
    int64_t m;
    if (seq.obj()->type == rt.t.tuple) {
      src = as_tuple(seq)->items();
      m = as_tuple(seq)->size;
    } else {
      src = as_list(seq)->items;
      m = as_list(seq)->size;
    }
    return list_ass_slice(rt, l, start, stop, src, m);
  }
  if (!v) {
    // Delete an extended slice: compact the survivors in place.
    if (n <= 0) return true;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (n - 1) - 1;
      step = -step;
    }
    std::vector<Value> garbage;
    garbage.reserve(static_cast<size_t>(n));
    int64_t cur = start, dst = start, k = 0;
    for (int64_t i = start; i < l->size; ++i) {
      if (k < n && i == cur) {
        garbage.push_back(std::move(l->items[i]));
        cur += step;
        ++k;
      } else {
        if (dst != i) l->items[dst] = std::move(l->items[i]);
        ++dst;
      }
    }
    list_resize(rt, l, l->size - n);
    return true;
  }
  Value seq;
  if (v.is(self) || !(is_exact(rt, v, rt.t.list) || is_exact(rt, v, rt.t.tuple))) {
    if (!v.is(self) && !v.type(rt)->slots.iter && !v.type(rt)->slots.getitem) {
      rt.raise(rt.t.TypeError, "must assign iterable to extended slice");
      return false;
    }
    seq = list_from_iterable(rt, v);
    if (!seq) return false;
  } else {
    seq = v;
  }
  const Value* src;
  int64_t m;
  if (seq.obj()->type == rt.t.tuple) {
    src = as_tuple(seq)->items();
    m = as_tuple(seq)->size;
  } else {
    src = as_list(seq)->items;
    m = as_list(seq)->size;
  }
  if (m != n) {
    rt.raise(rt.t.ValueError, "attempt to assign sequence of size " + std::to_string(m) +
                                  " to extended slice of size " + std::to_string(n));
    return false;
  }
  if (n == 0) return true;
  std::vector<Value> old;
  old.reserve(static_cast<size_t>(n));
  for (int64_t i = 0, j = start; i < n; ++i, j += step) {
    old.push_back(std::move(l->items[j]));
    l->items[j] = src[i];
  }
  return true;
}

static bool list_setitem(Runtime& rt, const Value& self, const Value& key, const Value& v) {
  ListObject* l = as_list(self);
  int64_t i;
  if (key.is_small()) {
    i = key.small_value();
  } else if (key.obj()->type == rt.t.slice) {
    return list_slice_set(rt, self, static_cast<SliceObject*>(key.obj()), v);
  } else if (!seq_index_value(rt, key, "list", &i)) {
    return false;
  }
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) {
    rt.raise(rt.t.IndexError, "list assignment index out of range");
    return false;
  }
  if (!v) {
    Value old = list_take(rt, l, i);
    return true;
  }
  Value old = std::move(l->items[i]);
  l->items[i] = v;
  return true;
}

static int list_contains(Runtime& rt, const Value& self, const Value& item) {
  ListObject* l = as_list(self);
  for (int64_t i = 0; i < l->size; ++i) {
    if (l->items[i].is(item)) return 1;
    Value x = l->items[i];
    int r = equal(rt, x, item);
    if (r != 0) return r;
  }
  return 0;
}

static Value list_iter(Runtime& rt, const Value& self) { return make_list_iterator(rt, self); }

static Value list_add(Runtime& rt, const Value& a, const Value& b) {
  if (!isinstance(rt, a, rt.t.list) || !isinstance(rt, b, rt.t.list)) return rt.NotImplemented();
  ListObject* x = as_list(a);
  ListObject* y = as_list(b);
  int64_t n = x->size + y->size;
  if (too_big(rt, n, sizeof(Value))) return nullptr;
  Ref<ListObject> r = new_list(rt, n);
  for (int64_t i = 0; i < x->size; ++i) r->items[i] = x->items[i];
  for (int64_t i = 0; i < y->size; ++i) r->items[x->size + i] = y->items[i];
  r->size = n;
  return std::move(r).value();
}

static Value list_iadd(Runtime& rt, const Value& a, const Value& b) {
  if (!isinstance(rt, a, rt.t.list)) return rt.NotImplemented();
  if (!list_extend(rt, as_list(a), b)) return nullptr;
  return a;
}

static Value list_mul(Runtime& rt, const Value& a, const Value& b) {
  const Value* seq = &a;
  const Value* cnt = &b;
  if (!isinstance(rt, a, rt.t.list)) {
    seq = &b;
    cnt = &a;
  }
  if (!isinstance(rt, *seq, rt.t.list) || !has_index(rt, *cnt)) return rt.NotImplemented();
  int64_t n;
  if (!repeat_count(rt, *cnt, &n)) return nullptr;
  ListObject* l = as_list(*seq);
  int64_t size = l->size;
  if (n <= 0 || size == 0) return new_list(rt).value();
  if (n > std::numeric_limits<int64_t>::max() / size) return raise_no_memory(rt);
  int64_t total = size * n;
  if (too_big(rt, total, sizeof(Value))) return nullptr;
  Ref<ListObject> r = new_list(rt, total);
  Value* dst = r->items;
  for (int64_t k = 0; k < n; ++k) {
    for (int64_t i = 0; i < size; ++i) *dst++ = l->items[i];
  }
  r->size = total;
  return std::move(r).value();
}

static Value list_imul(Runtime& rt, const Value& a, const Value& b) {
  if (!isinstance(rt, a, rt.t.list) || !has_index(rt, b)) return rt.NotImplemented();
  int64_t n;
  if (!repeat_count(rt, b, &n)) return nullptr;
  ListObject* l = as_list(a);
  int64_t size = l->size;
  if (size == 0 || n == 1) return a;
  if (n <= 0) {
    list_clear_items(rt, l);
    return a;
  }
  if (n > std::numeric_limits<int64_t>::max() / size) return raise_no_memory(rt);
  int64_t total = size * n;
  if (too_big(rt, total, sizeof(Value))) return nullptr;
  list_resize(rt, l, total);
  for (int64_t k = 1; k < n; ++k) {
    for (int64_t i = 0; i < size; ++i) l->items[k * size + i] = l->items[i];
  }
  return a;
}

static Value list_new(Runtime& rt, TypeObject* type, CallArgs) {
  ListObject* l = alloc_list(rt, type);
  gc_track(rt, l);
  return Value::steal(l);
}

static bool list_init(Runtime& rt, const Value& self, CallArgs args) {
  TypeObject* t = self.type(rt);
  if ((t == rt.t.list || t->slots.new_ == rt.t.list->slots.new_) && !no_kwargs(rt, args, "list")) return false;
  if (args.nargs > 1) {
    rt.raise(rt.t.TypeError, "list expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  ListObject* l = as_list(self);
  if (l->size) list_clear_items(rt, l);
  if (args.nargs == 1) {
    // CPython's list___init___impl: an iterable with __len__ presizes the list exactly.
    const Value& src = args[0];
    if (src.is_obj() && src.type(rt)->slots.len && !l->items) {
      int64_t n = length(rt, src);
      if (n < 0) {
        if (rt.aborting()) return false;
        rt.clear_error();
      } else if (!too_big(rt, n, sizeof(Value))) {
        list_preallocate_exact(rt, l, n);
      } else {
        rt.clear_error();
      }
    }
    return list_extend(rt, l, src);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Methods

static Value list_m_append(Runtime& rt, const Value& self, CallArgs args) {
  if (args.nargs != 1 || args.kwnames) {
    if (!check_nargs(rt, args, "list.append", 1, 1)) return nullptr;
  }
  list_append(rt, as_list(self), args[0]);
  return rt.None();
}

static Value list_m_extend(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.extend", 1, 1)) return nullptr;
  if (!list_extend(rt, as_list(self), args[0])) return nullptr;
  return rt.None();
}

static Value list_m_insert(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "insert", 2, 2)) return nullptr;
  int64_t where;
  if (args[0].is_small()) {
    where = args[0].small_value();
  } else {
    Value i = index(rt, args[0]);
    if (!i) return nullptr;
    if (i.is_small()) where = i.small_value();
    else if (!int_to_int64(i, &where)) return rt.raise(rt.t.OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (!list_insert(rt, as_list(self), where, args[1])) return nullptr;
  return rt.None();
}

static Value list_m_pop(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "pop", 0, 1)) return nullptr;
  ListObject* l = as_list(self);
  int64_t i = -1;
  if (args.nargs == 1) {
    if (args[0].is_small()) {
      i = args[0].small_value();
    } else {
      Value v = index(rt, args[0]);
      if (!v) return nullptr;
      if (v.is_small()) i = v.small_value();
      else if (!int_to_int64(v, &i)) return rt.raise(rt.t.OverflowError, "Python int too large to convert to C ssize_t");
    }
  }
  if (l->size == 0) return rt.raise(rt.t.IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return rt.raise(rt.t.IndexError, "pop index out of range");
  if (i == l->size - 1) {
    Value v = std::move(l->items[i]);
    list_resize(rt, l, l->size - 1);
    return v;
  }
  return list_take(rt, l, i);
}

static Value list_m_remove(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.remove", 1, 1)) return nullptr;
  ListObject* l = as_list(self);
  for (int64_t i = 0; i < l->size; ++i) {
    Value x = l->items[i];
    int r = equal(rt, x, args[0]);
    if (r < 0) return nullptr;
    if (r) {
      if (i < l->size) Value old = list_take(rt, l, i);
      return rt.None();
    }
  }
  return rt.raise(rt.t.ValueError, "list.remove(x): x not in list");
}

static Value list_m_index(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "index", 1, 3)) return nullptr;
  ListObject* l = as_list(self);
  int64_t start = 0, stop = std::numeric_limits<int64_t>::max();
  if (args.nargs > 1 && !slice_index_arg(rt, args[1], &start, false)) return nullptr;
  if (args.nargs > 2 && !slice_index_arg(rt, args[2], &stop, false)) return nullptr;
  adjust_search_bounds(l->size, &start, &stop);
  for (int64_t i = start; i < stop && i < l->size; ++i) {
    Value x = l->items[i];
    int r = equal(rt, x, args[0]);
    if (r < 0) return nullptr;
    if (r) return Value::small(i);
  }
  std::string msg;
  if (!repr_string(rt, args[0], &msg)) return nullptr;
  return rt.raise(rt.t.ValueError, msg + " is not in list");
}

static Value list_m_count(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.count", 1, 1)) return nullptr;
  ListObject* l = as_list(self);
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; ++i) {
    Value x = l->items[i];
    int r = equal(rt, x, args[0]);
    if (r < 0) return nullptr;
    n += r;
  }
  return Value::small(n);
}

void list_reverse_items(ListObject* l) {
  if (l->size < 2) return;
  Value* lo = l->items;
  Value* hi = l->items + l->size - 1;
  while (lo < hi) (lo++)->swap(*hi--);
}

static Value list_m_reverse(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.reverse", 0, 0)) return nullptr;
  list_reverse_items(as_list(self));
  return rt.None();
}

static Value list_m_copy(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.copy", 0, 0)) return nullptr;
  ListObject* l = as_list(self);
  Ref<ListObject> r = new_list(rt, l->size);
  for (int64_t i = 0; i < l->size; ++i) r->items[i] = l->items[i];
  r->size = l->size;
  return std::move(r).value();
}

static Value list_m_clear(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.clear", 0, 0)) return nullptr;
  list_clear_items(rt, as_list(self));
  return rt.None();
}

Value list_sort_call(Runtime& rt, ListObject* l, CallArgs args) {
  if (args.nargs > 0) return rt.raise(rt.t.TypeError, "sort() takes no positional arguments");
  Value key, rev;
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = str_view((*args.kwnames)[static_cast<int64_t>(k)]);
    if (name == "key") key = args.kwvalues()[k];
    else if (name == "reverse") rev = args.kwvalues()[k];
    else return rt.raise(rt.t.TypeError, "'" + std::string(name) + "' is an invalid keyword argument for sort()");
  }
  bool reverse = false;
  if (rev) {
    int64_t r;
    if (rev.is_small()) {
      r = rev.small_value();
    } else {
      Value i = index(rt, rev);
      if (!i) return nullptr;
      r = i.is_small() ? i.small_value() : 1;
    }
    reverse = r != 0;
  }
  if (key && rt.is_none(key)) key = nullptr;
  if (!list_sort(rt, l, key, reverse)) return nullptr;
  return rt.None();
}

static Value list_m_sort(Runtime& rt, const Value& self, CallArgs args) { return list_sort_call(rt, as_list(self), args); }

static Value list_m_reversed(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.__reversed__", 0, 0)) return nullptr;
  return make_list_reverse_iterator(rt, self);
}

static Value list_m_sizeof(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "list.__sizeof__", 0, 0)) return nullptr;
  return Value::small(40 + as_list(self)->capacity * 8);
}

static const MethodDef kListMethods[] = {
    {"append", list_m_append},
    {"extend", list_m_extend},
    {"insert", list_m_insert},
    {"pop", list_m_pop},
    {"remove", list_m_remove},
    {"index", list_m_index},
    {"count", list_m_count},
    {"reverse", list_m_reverse},
    {"copy", list_m_copy},
    {"clear", list_m_clear},
    {"sort", list_m_sort},
    {"__reversed__", list_m_reversed},
    {"__sizeof__", list_m_sizeof},
    {"__class_getitem__", container_class_getitem, kMethClass},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_tuple_methods(Runtime& rt);
void init_dict_methods(Runtime& rt);

void init_list_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = list_dealloc;
  s.traverse = list_traverse;
  s.clear = list_gc_clear;
  s.repr = list_repr;
  s.hash = hash_not_implemented;
  s.compare = list_compare;
  s.len = list_len;
  s.getitem = list_getitem;
  s.setitem = list_setitem;
  s.contains = list_contains;
  s.iter = list_iter;
  s.new_ = list_new;
  s.init = list_init;
  s.binop[static_cast<int>(BinOp::Add)] = list_add;
  s.binop[static_cast<int>(BinOp::Mul)] = list_mul;
  s.inplace[static_cast<int>(BinOp::Add)] = list_iadd;
  s.inplace[static_cast<int>(BinOp::Mul)] = list_imul;
  rt.t.list = make_builtin_type(
      rt, TypeSpec{"list", nullptr, sizeof(ListObject), kTypeGc | kTypeBaseType | kTypeListSubclass, kListMethods}, s);
  // dict and tuple were created during bootstrap, before method descriptors existed; list is the
  // first container initialized afterwards, so their methods are installed here (idempotent).
  init_tuple_methods(rt);
  init_dict_methods(rt);
}

}  // namespace ls
