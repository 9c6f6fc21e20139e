// Iterator objects of the built-in sequences and the iteration builtins: iterator (the sequence
// iterator for classes with only __getitem__), callable_iterator, list_iterator,
// list_reverseiterator, tuple_iterator, range_iterator, enumerate, zip (strict=), map, filter and
// reversed. Behaviour and messages follow CPython 3.11.
#include "object/iterators.hpp"

#include <string>
#include <vector>

#include "object/container_util.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

// list_iterator, list_reverseiterator, tuple_iterator, iterator (sequence) and reversed share one
// layout: the sequence (null once exhausted) and the next index.
struct SeqIterObject : Object {
  Value seq;
  int64_t index;
};

struct CallableIterObject : Object {
  Value callable;  // null once exhausted
  Value sentinel;
};

struct RangeIterObject : Object {
  int64_t start;
  int64_t step;
  int64_t len;
};

struct EnumerateObject : Object {
  Value it;
  int64_t index;     // used while `big_index` is null
  Value big_index;   // the count once it leaves int64 (or when start was not a small int)
};

struct ZipObject : Object {
  Value iters;  // tuple of iterators
  bool strict;
};

struct MapObject : Object {
  Value func;
  Value iters;  // tuple of iterators
};

struct FilterObject : Object {
  Value func;  // None/bool: truthiness
  Value it;
};

inline SeqIterObject* as_seqiter(const Value& v) { return static_cast<SeqIterObject*>(v.obj()); }

Value self_iter(Runtime&, const Value& self) { return self; }

Value new_seq_iter(Runtime& rt, TypeObject* type, const Value& seq, int64_t index) {
  auto* it = alloc<SeqIterObject>(rt, type);
  it->seq = seq;
  it->index = index;
  gc_track(rt, it);
  return Value::steal(it);
}

void seqiter_dealloc(Object* o) { static_cast<SeqIterObject*>(o)->seq.reset(); }
void seqiter_traverse(Object* o, Visitor& visit) { visit(static_cast<SeqIterObject*>(o)->seq); }
void seqiter_clear(Object* o) { static_cast<SeqIterObject*>(o)->seq.reset(); }

// --- list_iterator ---

Value listiter_next(Runtime&, const Value& self) {
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return nullptr;
  ListObject* l = as_list(it->seq);
  if (it->index < l->size) return l->items[it->index++];
  it->seq.reset();
  return nullptr;
}

Value listiter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return Value::small(0);
  int64_t n = as_list(it->seq)->size - it->index;
  return Value::small(n > 0 ? n : 0);
}

// --- list_reverseiterator ---

Value listreviter_next(Runtime&, const Value& self) {
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return nullptr;
  ListObject* l = as_list(it->seq);
  int64_t i = it->index;
  if (i >= 0 && i < l->size) {
    it->index = i - 1;
    return l->items[i];
  }
  it->index = -1;
  it->seq.reset();
  return nullptr;
}

Value listreviter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  SeqIterObject* it = as_seqiter(self);
  int64_t n = it->index + 1;
  if (!it->seq || as_list(it->seq)->size < n) n = 0;
  return Value::small(n);
}

// --- tuple_iterator ---

Value tupleiter_next(Runtime&, const Value& self) {
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return nullptr;
  TupleObject* t = as_tuple(it->seq);
  if (it->index < t->size) return (*t)[it->index++];
  it->seq.reset();
  return nullptr;
}

Value tupleiter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return Value::small(0);
  return Value::small(as_tuple(it->seq)->size - it->index);
}

// --- iterator (sequence protocol) ---

Value seqiter_next(Runtime& rt, const Value& self) {
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return nullptr;
  Value seq = it->seq;
  Value r = getitem(rt, seq, make_int(rt, it->index));
  if (r) {
    ++it->index;
    return r;
  }
  if (rt.error_matches(rt.t.IndexError) || rt.error_matches(rt.t.StopIteration)) {
    rt.clear_error();
    it->seq.reset();
  }
  return nullptr;
}

Value seqiter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return Value::small(0);
  TypeObject* t = it->seq.type(rt);
  if (!t->slots.len) return rt.NotImplemented();
  Value seq = it->seq;
  int64_t n = length(rt, seq);
  if (n < 0) return nullptr;
  n -= it->index;
  return Value::small(n > 0 ? n : 0);
}

// --- callable_iterator ---

void calliter_dealloc(Object* o) {
  auto* c = static_cast<CallableIterObject*>(o);
  c->callable.reset();
  c->sentinel.reset();
}
void calliter_traverse(Object* o, Visitor& visit) {
  auto* c = static_cast<CallableIterObject*>(o);
  visit(c->callable);
  visit(c->sentinel);
}

Value calliter_next(Runtime& rt, const Value& self) {
  auto* c = static_cast<CallableIterObject*>(self.obj());
  if (!c->callable) return nullptr;
  Value fn = c->callable;
  Value r = call(rt, fn, CallArgs{});
  if (!r) {
    if (rt.error_matches(rt.t.StopIteration)) {
      rt.clear_error();
      c->callable.reset();
      c->sentinel.reset();
    }
    return nullptr;
  }
  Value sentinel = c->sentinel;
  int eq = rich_compare_bool(rt, r, sentinel, CmpOp::Eq);
  if (eq < 0) return nullptr;
  if (eq) {
    c->callable.reset();
    c->sentinel.reset();
    return nullptr;
  }
  return r;
}

// --- range_iterator ---

void plain_dealloc(Object*) {}

Value rangeiter_next(Runtime& rt, const Value& self) {
  auto* r = static_cast<RangeIterObject*>(self.obj());
  if (r->len <= 0) return nullptr;
  int64_t v = r->start;
  r->start = static_cast<int64_t>(static_cast<uint64_t>(r->start) + static_cast<uint64_t>(r->step));
  --r->len;
  return Value::fits_small(v) ? Value::small(v) : make_int(rt, v);
}

Value rangeiter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  return Value::small(static_cast<RangeIterObject*>(self.obj())->len);
}

// --- enumerate ---

void enum_dealloc(Object* o) {
  auto* e = static_cast<EnumerateObject*>(o);
  e->it.reset();
  e->big_index.reset();
}
void enum_traverse(Object* o, Visitor& visit) {
  auto* e = static_cast<EnumerateObject*>(o);
  visit(e->it);
  visit(e->big_index);
}
void enum_clear(Object* o) { static_cast<EnumerateObject*>(o)->it.reset(); }

Value enum_new(Runtime& rt, TypeObject* type, CallArgs args) {
  Value a[2];
  size_t nkw = args.nkw();
  if (args.nargs > 2) {
    return rt.raise(rt.t.TypeError, "enumerate() takes at most 2 arguments (" + std::to_string(args.nargs + nkw) +
                                        " given)");
  }
  for (size_t i = 0; i < args.nargs; ++i) a[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = str_view((*args.kwnames)[static_cast<int64_t>(k)]);
    int idx = name == "iterable" ? 0 : name == "start" ? 1 : -1;
    if (idx < 0) return rt.raise(rt.t.TypeError, "'" + std::string(name) + "' is an invalid keyword argument for enumerate()");
    if (a[idx]) {
      return rt.raise(rt.t.TypeError, "argument for enumerate() given by name ('" + std::string(name) +
                                          "') and position (" + std::to_string(idx + 1) + ")");
    }
    a[idx] = args.kwvalues()[k];
  }
  if (!a[0]) return rt.raise(rt.t.TypeError, "enumerate() missing required argument 'iterable'");
  Value start;
  if (a[1]) {
    start = index(rt, a[1]);
    if (!start) return nullptr;
  }
  Value it = iter(rt, a[0]);
  if (!it) return nullptr;
  auto* e = alloc<EnumerateObject>(rt, type);
  e->it = std::move(it);
  e->index = 0;
  if (start) {
    if (start.is_small()) e->index = start.small_value();
    else e->big_index = start;
  }
  gc_track(rt, e);
  return Value::steal(e);
}

Value enum_next(Runtime& rt, const Value& self) {
  auto* e = static_cast<EnumerateObject*>(self.obj());
  if (!e->it) return nullptr;
  Value it = e->it;
  Value item = next(rt, it);
  if (!item) return nullptr;
  Value idx;
  if (!e->big_index) {
    idx = Value::small(e->index);
    if (e->index + 1 > Value::kSmallMax) {
      e->big_index = binary_op(rt, idx, Value::small(1), BinOp::Add);
      if (!e->big_index) return nullptr;
    } else {
      ++e->index;
    }
  } else {
    idx = e->big_index;
    Value n = binary_op(rt, idx, Value::small(1), BinOp::Add);
    if (!n) return nullptr;
    e->big_index = std::move(n);
  }
  return make_tuple(rt, {idx, item});
}

// --- zip ---

void zip_dealloc(Object* o) { static_cast<ZipObject*>(o)->iters.reset(); }
void zip_traverse(Object* o, Visitor& visit) { visit(static_cast<ZipObject*>(o)->iters); }
void zip_clear(Object* o) { static_cast<ZipObject*>(o)->iters.reset(); }

Value zip_new(Runtime& rt, TypeObject* type, CallArgs args) {
  bool strict = false;
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view name = str_view((*args.kwnames)[static_cast<int64_t>(k)]);
    if (name != "strict") {
      return rt.raise(rt.t.TypeError, "'" + std::string(name) + "' is an invalid keyword argument for zip()");
    }
    int t = truthy(rt, args.kwvalues()[k]);
    if (t < 0) return nullptr;
    strict = t;
  }
  Ref<TupleObject> iters = new_tuple(rt, static_cast<int64_t>(args.nargs));
  for (size_t i = 0; i < args.nargs; ++i) {
    Value it = iter(rt, args[i]);
    if (!it) return nullptr;
    (*iters)[static_cast<int64_t>(i)] = std::move(it);
  }
  auto* z = alloc<ZipObject>(rt, type);
  z->iters = std::move(iters).value();
  z->strict = strict;
  gc_track(rt, z);
  return Value::steal(z);
}

Value zip_next(Runtime& rt, const Value& self) {
  auto* z = static_cast<ZipObject*>(self.obj());
  if (!z->iters) return nullptr;
  Value iters_v = z->iters;
  TupleObject* iters = as_tuple(iters_v);
  int64_t n = iters->size;
  if (n == 0) return nullptr;
  Ref<TupleObject> result = new_tuple(rt, n);
  for (int64_t i = 0; i < n; ++i) {
    Value item = next(rt, (*iters)[i]);
    if (item) {
      (*result)[i] = std::move(item);
      continue;
    }
    if (rt.has_error() || !z->strict) return nullptr;
    if (i) {
      std::string plural = i == 1 ? " " : "s 1-";
      return rt.raise(rt.t.ValueError, "zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                                           plural + std::to_string(i));
    }
    for (int64_t j = 1; j < n; ++j) {
      Value extra = next(rt, (*iters)[j]);
      if (extra) {
        std::string plural = j == 1 ? " " : "s 1-";
        return rt.raise(rt.t.ValueError, "zip() argument " + std::to_string(j + 1) + " is longer than argument" +
                                             plural + std::to_string(j));
      }
      if (rt.has_error()) return nullptr;
    }
    return nullptr;
  }
  return std::move(result).value();
}

// --- map ---

void map_dealloc(Object* o) {
  auto* m = static_cast<MapObject*>(o);
  m->func.reset();
  m->iters.reset();
}
void map_traverse(Object* o, Visitor& visit) {
  auto* m = static_cast<MapObject*>(o);
  visit(m->func);
  visit(m->iters);
}
void map_clear(Object* o) { map_dealloc(o); }

Value map_new(Runtime& rt, TypeObject* type, CallArgs args) {
  if ((type == rt.t.map || type->slots.init == rt.t.map->slots.init) && !no_kwargs(rt, args, "map")) return nullptr;
  if (args.nargs < 2) return rt.raise(rt.t.TypeError, "map() must have at least two arguments.");
  Ref<TupleObject> iters = new_tuple(rt, static_cast<int64_t>(args.nargs - 1));
  for (size_t i = 1; i < args.nargs; ++i) {
    Value it = iter(rt, args[i]);
    if (!it) return nullptr;
    (*iters)[static_cast<int64_t>(i - 1)] = std::move(it);
  }
  auto* m = alloc<MapObject>(rt, type);
  m->func = args[0];
  m->iters = std::move(iters).value();
  gc_track(rt, m);
  return Value::steal(m);
}

Value map_next(Runtime& rt, const Value& self) {
  auto* m = static_cast<MapObject*>(self.obj());
  if (!m->iters) return nullptr;
  Value iters_v = m->iters;
  TupleObject* iters = as_tuple(iters_v);
  int64_t n = iters->size;
  Value small[4];
  std::vector<Value> big;
  Value* argv = small;
  if (n > 4) {
    big.resize(static_cast<size_t>(n));
    argv = big.data();
  }
  for (int64_t i = 0; i < n; ++i) {
    argv[i] = next(rt, (*iters)[i]);
    if (!argv[i]) return nullptr;
  }
  Value fn = m->func;
  return call(rt, fn, CallArgs{argv, static_cast<size_t>(n), nullptr});
}

// --- filter ---

void filter_dealloc(Object* o) {
  auto* f = static_cast<FilterObject*>(o);
  f->func.reset();
  f->it.reset();
}
void filter_traverse(Object* o, Visitor& visit) {
  auto* f = static_cast<FilterObject*>(o);
  visit(f->func);
  visit(f->it);
}
void filter_clear(Object* o) { filter_dealloc(o); }

Value filter_new(Runtime& rt, TypeObject* type, CallArgs args) {
  if ((type == rt.t.filter || type->slots.init == rt.t.filter->slots.init) && !no_kwargs(rt, args, "filter")) {
    return nullptr;
  }
  if (args.nargs != 2) {
    return rt.raise(rt.t.TypeError, "filter expected 2 arguments, got " + std::to_string(args.nargs));
  }
  Value it = iter(rt, args[1]);
  if (!it) return nullptr;
  auto* f = alloc<FilterObject>(rt, type);
  f->func = args[0];
  f->it = std::move(it);
  gc_track(rt, f);
  return Value::steal(f);
}

Value filter_next(Runtime& rt, const Value& self) {
  auto* f = static_cast<FilterObject*>(self.obj());
  if (!f->it) return nullptr;
  Value it = f->it;
  Value fn = f->func;
  bool plain = rt.is_none(fn) || (fn.is_obj() && fn.obj() == rt.t.bool_);
  for (;;) {
    Value item = next(rt, it);  // a step per item: an endless iterator meets the step budget
    if (!item) return nullptr;
    int ok;
    if (plain) {
      ok = truthy(rt, item);
    } else {
      Value r = call(rt, fn, {item});
      if (!r) return nullptr;
      ok = truthy(rt, r);
    }
    if (ok < 0) return nullptr;
    if (ok) return item;
  }
}

// --- reversed ---

Value reversed_new(Runtime& rt, TypeObject* type, CallArgs args) {
  if ((type == rt.t.reversed || type->slots.init == rt.t.reversed->slots.init) &&
      !no_kwargs(rt, args, "reversed")) {
    return nullptr;
  }
  if (args.nargs != 1) {
    return rt.raise(rt.t.TypeError, "reversed expected 1 argument, got " + std::to_string(args.nargs));
  }
  const Value& seq = args[0];
  TypeObject* st = seq.type(rt);
  Object* meth = type_lookup(st, rt.n.__reversed__);
  if (meth == rt.none) return rt.raise(rt.t.TypeError, "'" + st->name + "' object is not reversible");
  if (meth) {
    Value fn = Value::borrow(meth);
    if (meth->type->slots.descr_get) {
      fn = meth->type->slots.descr_get(rt, fn, seq, Value::borrow(st));
      if (!fn) return nullptr;
    }
    return call(rt, fn, CallArgs{});
  }
  if (!st->slots.getitem || is_subtype(st, rt.t.dict)) {
    return rt.raise(rt.t.TypeError, "'" + st->name + "' object is not reversible");
  }
  int64_t n = length(rt, seq);
  if (n < 0) return nullptr;
  return new_seq_iter(rt, type, seq, n - 1);
}

Value reversed_next(Runtime& rt, const Value& self) {
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq || it->index < 0) {
    it->seq.reset();
    return nullptr;
  }
  Value seq = it->seq;
  Value r;
  TypeObject* st = seq.type(rt);
  if (st == rt.t.tuple && it->index < as_tuple(seq)->size) {
    r = (*as_tuple(seq))[it->index];
  } else {
    r = getitem(rt, seq, make_int(rt, it->index));
  }
  if (r) {
    --it->index;
    return r;
  }
  if (rt.error_matches(rt.t.IndexError) || rt.error_matches(rt.t.StopIteration)) {
    rt.clear_error();
    it->index = -1;
    it->seq.reset();
  }
  return nullptr;
}

Value reversed_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  SeqIterObject* it = as_seqiter(self);
  if (!it->seq) return Value::small(0);
  Value seq = it->seq;
  int64_t n = length(rt, seq);
  if (n < 0) return nullptr;
  return Value::small(n < it->index + 1 ? 0 : it->index + 1);
}

const MethodDef kListIterMethods[] = {{"__length_hint__", listiter_length_hint}, {nullptr, nullptr}};
const MethodDef kListRevIterMethods[] = {{"__length_hint__", listreviter_length_hint}, {nullptr, nullptr}};
const MethodDef kTupleIterMethods[] = {{"__length_hint__", tupleiter_length_hint}, {nullptr, nullptr}};
const MethodDef kSeqIterMethods[] = {{"__length_hint__", seqiter_length_hint}, {nullptr, nullptr}};
const MethodDef kRangeIterMethods[] = {{"__length_hint__", rangeiter_length_hint}, {nullptr, nullptr}};
const MethodDef kReversedMethods[] = {{"__length_hint__", reversed_length_hint}, {nullptr, nullptr}};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Factories

Value make_seq_iterator(Runtime& rt, const Value& seq) { return new_seq_iter(rt, rt.t.seq_iterator, seq, 0); }

Value make_callable_iterator(Runtime& rt, const Value& callable, const Value& sentinel) {
  auto* c = alloc<CallableIterObject>(rt, rt.t.callable_iterator);
  c->callable = callable;
  c->sentinel = sentinel;
  gc_track(rt, c);
  return Value::steal(c);
}

Value make_list_iterator(Runtime& rt, const Value& list) { return new_seq_iter(rt, rt.t.list_iterator, list, 0); }

Value make_list_reverse_iterator(Runtime& rt, const Value& list) {
  return new_seq_iter(rt, rt.t.list_reverseiterator, list, as_list(list)->size - 1);
}

Value make_tuple_iterator(Runtime& rt, const Value& tuple) { return new_seq_iter(rt, rt.t.tuple_iterator, tuple, 0); }

Value make_range_iterator(Runtime& rt, int64_t start, int64_t step, int64_t len) {
  auto* r = alloc<RangeIterObject>(rt, rt.t.range_iterator);
  r->start = start;
  r->step = step;
  r->len = len;
  return Value::steal(r);
}

// ---------------------------------------------------------------------------------------------

void init_iterator_types(Runtime& rt) {
  TypeSlots seq;
  seq.dealloc = seqiter_dealloc;
  seq.traverse = seqiter_traverse;
  seq.clear = seqiter_clear;
  seq.iter = self_iter;
  auto seq_type = [&](const char* name, NextFn next, const MethodDef* methods) {
    TypeSlots s = seq;
    s.next = next;
    return make_builtin_type(rt, TypeSpec{name, nullptr, sizeof(SeqIterObject), kTypeGc, methods}, s);
  };
  rt.t.list_iterator = seq_type("list_iterator", listiter_next, kListIterMethods);
  rt.t.list_reverseiterator = seq_type("list_reverseiterator", listreviter_next, kListRevIterMethods);
  rt.t.tuple_iterator = seq_type("tuple_iterator", tupleiter_next, kTupleIterMethods);
  rt.t.seq_iterator = seq_type("iterator", seqiter_next, kSeqIterMethods);

  TypeSlots c;
  c.dealloc = calliter_dealloc;
  c.traverse = calliter_traverse;
  c.clear = calliter_dealloc;
  c.iter = self_iter;
  c.next = calliter_next;
  rt.t.callable_iterator =
      make_builtin_type(rt, TypeSpec{"callable_iterator", nullptr, sizeof(CallableIterObject), kTypeGc}, c);

  TypeSlots r;
  r.dealloc = plain_dealloc;
  r.iter = self_iter;
  r.next = rangeiter_next;
  rt.t.range_iterator =
      make_builtin_type(rt, TypeSpec{"range_iterator", nullptr, sizeof(RangeIterObject), 0, kRangeIterMethods}, r);

  TypeSlots e;
  e.dealloc = enum_dealloc;
  e.traverse = enum_traverse;
  e.clear = enum_clear;
  e.iter = self_iter;
  e.next = enum_next;
  e.new_ = enum_new;
  rt.t.enumerate =
      make_builtin_type(rt, TypeSpec{"enumerate", nullptr, sizeof(EnumerateObject), kTypeGc | kTypeBaseType}, e);

  TypeSlots z;
  z.dealloc = zip_dealloc;
  z.traverse = zip_traverse;
  z.clear = zip_clear;
  z.iter = self_iter;
  z.next = zip_next;
  z.new_ = zip_new;
  rt.t.zip = make_builtin_type(rt, TypeSpec{"zip", nullptr, sizeof(ZipObject), kTypeGc | kTypeBaseType}, z);

  TypeSlots m;
  m.dealloc = map_dealloc;
  m.traverse = map_traverse;
  m.clear = map_clear;
  m.iter = self_iter;
  m.next = map_next;
  m.new_ = map_new;
  rt.t.map = make_builtin_type(rt, TypeSpec{"map", nullptr, sizeof(MapObject), kTypeGc | kTypeBaseType}, m);

  TypeSlots f;
  f.dealloc = filter_dealloc;
  f.traverse = filter_traverse;
  f.clear = filter_clear;
  f.iter = self_iter;
  f.next = filter_next;
  f.new_ = filter_new;
  rt.t.filter = make_builtin_type(rt, TypeSpec{"filter", nullptr, sizeof(FilterObject), kTypeGc | kTypeBaseType}, f);

  TypeSlots rv = seq;
  rv.next = reversed_next;
  rv.new_ = reversed_new;
  rt.t.reversed = make_builtin_type(
      rt, TypeSpec{"reversed", nullptr, sizeof(SeqIterObject), kTypeGc | kTypeBaseType, kReversedMethods}, rv);
}

}  // namespace ls
