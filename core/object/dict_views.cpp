// dict views (dict_keys, dict_values, dict_items) and dict iterators (forward and reversed),
// following CPython 3.11's Objects/dictobject.c: set operations on keys/items views, set-like
// comparisons, "dictionary changed size during iteration" / "dictionary keys changed during
// iteration".
#include <string>

#include "object/container_util.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/mappingproxy.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {

struct DictViewObject : Object {
  Value dict;
};

struct DictIterObject : Object {
  Value dict;    // null once exhausted
  int64_t used;  // dict size when the iterator was made (-1 after a size change: sticky)
  int64_t pos;
  int64_t len;   // items left to produce
};

enum class IterKind { Keys, Values, Items };

inline DictViewObject* as_view(const Value& v) { return static_cast<DictViewObject*>(v.obj()); }
inline DictIterObject* as_diter(const Value& v) { return static_cast<DictIterObject*>(v.obj()); }

TypeObject* reverse_value_iter_type(Runtime& rt) { return find_static_type(rt, "dict_reversevalueiterator"); }
TypeObject* reverse_item_iter_type(Runtime& rt) { return find_static_type(rt, "dict_reverseitemiterator"); }

bool is_keys_or_items_view(Runtime& rt, const Value& v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  return t == rt.t.dict_keys || t == rt.t.dict_items;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Iterators

Value make_dict_iterator(Runtime& rt, const Value& dict, TypeObject* type, bool reversed) {
  if (!type) return rt.raise(rt.t.SystemError, "dict iterator types are not initialized");
  DictObject* d = as_dict(dict);
  auto* it = alloc<DictIterObject>(rt, type);
  it->dict = dict;
  it->used = d->used;
  it->len = d->used;
  it->pos = reversed ? d->nentries - 1 : 0;
  gc_track(rt, it);
  return Value::steal(it);
}

static void diter_dealloc(Object* o) { static_cast<DictIterObject*>(o)->dict.reset(); }
static void diter_traverse(Object* o, Visitor& visit) { visit(static_cast<DictIterObject*>(o)->dict); }
static void diter_clear(Object* o) { static_cast<DictIterObject*>(o)->dict.reset(); }
static Value self_iter(Runtime&, const Value& self) { return self; }

// The next live entry (forward or backward), or null when exhausted / on error.
static DictEntry* diter_advance(Runtime& rt, DictIterObject* it, bool reverse) {
  if (!it->dict) return nullptr;
  DictObject* d = as_dict(it->dict);
  if (it->used != d->used) {
    rt.raise(rt.t.RuntimeError, "dictionary changed size during iteration");
    it->used = -1;
    return nullptr;
  }
  int64_t i = it->pos;
  if (reverse) {
    if (i >= d->nentries) i = d->nentries - 1;
    while (i >= 0 && d->entries[i].key.is_null()) --i;
    if (i < 0) {
      it->dict.reset();
      return nullptr;
    }
  } else {
    while (i < d->nentries && d->entries[i].key.is_null()) ++i;
    if (i >= d->nentries) {
      it->dict.reset();
      return nullptr;
    }
  }
  if (it->len == 0) {
    rt.raise(rt.t.RuntimeError, "dictionary keys changed during iteration");
    it->dict.reset();
    return nullptr;
  }
  it->pos = reverse ? i - 1 : i + 1;
  --it->len;
  return &d->entries[i];
}

template <IterKind K, bool Reverse>
static Value diter_next(Runtime& rt, const Value& self) {
  DictEntry* e = diter_advance(rt, as_diter(self), Reverse);
  if (!e) return nullptr;
  if constexpr (K == IterKind::Keys) return e->key;
  if constexpr (K == IterKind::Values) return e->value;
  return make_tuple(rt, {e->key, e->value});
}

static Value diter_length_hint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__length_hint__", 0, 0)) return nullptr;
  DictIterObject* it = as_diter(self);
  if (it->dict && it->used == as_dict(it->dict)->used) return Value::small(it->len);
  return Value::small(0);
}

static const MethodDef kDictIterMethods[] = {
    {"__length_hint__", diter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Views

Value make_dict_view(Runtime& rt, const Value& dict, TypeObject* type) {
  auto* v = alloc<DictViewObject>(rt, type);
  v->dict = dict;
  gc_track(rt, v);
  return Value::steal(v);
}

static void view_dealloc(Object* o) { static_cast<DictViewObject*>(o)->dict.reset(); }
static void view_traverse(Object* o, Visitor& visit) { visit(static_cast<DictViewObject*>(o)->dict); }
static void view_clear(Object* o) { static_cast<DictViewObject*>(o)->dict.reset(); }

static int64_t view_len(Runtime&, const Value& self) { return as_dict(as_view(self)->dict)->used; }

static Value keys_iter(Runtime& rt, const Value& self) {
  return make_dict_iterator(rt, as_view(self)->dict, rt.t.dict_keyiterator, false);
}
static Value values_iter(Runtime& rt, const Value& self) {
  return make_dict_iterator(rt, as_view(self)->dict, rt.t.dict_valueiterator, false);
}
static Value items_iter(Runtime& rt, const Value& self) {
  return make_dict_iterator(rt, as_view(self)->dict, rt.t.dict_itemiterator, false);
}

static int keys_contains(Runtime& rt, const Value& self, const Value& key) {
  return dict_contains(rt, as_dict(as_view(self)->dict), key);
}

static int items_contains(Runtime& rt, const Value& self, const Value& item) {
  if (!isinstance(rt, item, rt.t.tuple) || as_tuple(item)->size != 2) return 0;
  TupleObject* t = as_tuple(item);
  Value key = (*t)[0];
  Value value = (*t)[1];
  Value found = dict_get(rt, as_dict(as_view(self)->dict), key);
  if (!found) return rt.has_error() ? -1 : 0;
  return rich_compare_bool(rt, found, value, CmpOp::Eq);
}

static Value view_repr(Runtime& rt, const Value& self) {
  ReprGuard guard(self.obj());
  if (!guard.entered()) return make_str(rt, "...");
  Value l = list_from_iterable(rt, self);
  if (!l) return nullptr;
  std::string out = self.obj()->type->name + "(";
  if (!append_repr(rt, out, l)) return nullptr;
  out += ")";
  return make_str(rt, out);
}

static int64_t any_len(Runtime& rt, const Value& v) { return length(rt, v); }

// Every item of `a` is in `b` (1/0/-1).
static int all_contained_in(Runtime& rt, const Value& a, const Value& b) {
  Value it = iter(rt, a);
  if (!it) return -1;
  for (;;) {
    Value x = next(rt, it);
    if (!x) return rt.has_error() ? -1 : 1;
    int r = contains(rt, b, x);
    if (r <= 0) return r;
  }
}

static Value view_compare(Runtime& rt, const Value& self, const Value& other, CmpOp op) {
  bool other_ok = isinstance(rt, other, rt.t.set) || isinstance(rt, other, rt.t.frozenset) ||
                  is_keys_or_items_view(rt, other);
  if (!other_ok || !is_keys_or_items_view(rt, self)) return rt.NotImplemented();
  int64_t ls = any_len(rt, self);
  if (ls < 0) return nullptr;
  int64_t lo = any_len(rt, other);
  if (lo < 0) return nullptr;
  int ok = 0;
  switch (op) {
    case CmpOp::Ne:
    case CmpOp::Eq:
      if (ls == lo) ok = all_contained_in(rt, self, other);
      if (op == CmpOp::Ne && ok >= 0) ok = !ok;
      break;
    case CmpOp::Lt:
      if (ls < lo) ok = all_contained_in(rt, self, other);
      break;
    case CmpOp::Le:
      if (ls <= lo) ok = all_contained_in(rt, self, other);
      break;
    case CmpOp::Gt:
      if (ls > lo) ok = all_contained_in(rt, other, self);
      break;
    case CmpOp::Ge:
      if (ls >= lo) ok = all_contained_in(rt, other, self);
      break;
  }
  if (ok < 0) return nullptr;
  return rt.Bool(ok);
}

// set(view) (or set(x) for the non-view operand of a reflected operation).
static Value to_set(Runtime& rt, const Value& v) {
  Ref<SetObject> s = new_set(rt);
  const Value& src = (v.is_obj() && v.obj()->type == rt.t.dict_keys) ? as_view(v)->dict : v;
  if (!set_update(rt, s.get(), src)) return nullptr;
  return std::move(s).value();
}

static Value views_sub(Runtime& rt, const Value& a, const Value& b) {
  Value r = to_set(rt, a);
  if (!r) return nullptr;
  if (!set_difference_update(rt, as_set(r), b)) return nullptr;
  return r;
}

static Value views_or(Runtime& rt, const Value& a, const Value& b) {
  Value r = to_set(rt, a);
  if (!r) return nullptr;
  if (!set_update(rt, as_set(r), b)) return nullptr;
  return r;
}

static Value items_xor(Runtime& rt, const Value& self, const Value& other) {
  DictObject* d1 = as_dict(as_view(self)->dict);
  DictObject* d2 = as_dict(as_view(other)->dict);
  Value temp = dict_copy(rt, d1);
  if (!temp) return nullptr;
  Ref<SetObject> result = new_set(rt);
  for (int64_t pos = 0;;) {
    DictEntry* e;
    if (!dict_next(d2, &pos, &e)) break;
    Value key = e->key;
    Value val2 = e->value;
    int64_t h = e->hash;
    Value val1 = dict_get_hashed(rt, as_dict(temp), key, h);
    int to_delete = 0;
    if (!val1) {
      if (rt.has_error()) return nullptr;
    } else {
      to_delete = rich_compare_bool(rt, val1, val2, CmpOp::Eq);
      if (to_delete < 0) return nullptr;
    }
    if (to_delete) {
      if (dict_del_hashed(rt, as_dict(temp), key, h) < 0) return nullptr;
    } else {
      Value pair = make_tuple(rt, {key, val2});
      if (set_add(rt, result.get(), pair) < 0) return nullptr;
    }
  }
  Value remaining = make_dict_view(rt, temp, rt.t.dict_items);
  if (!set_update(rt, result.get(), remaining)) return nullptr;
  return std::move(result).value();
}

static Value views_xor(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_obj() && b.is_obj() && a.obj()->type == rt.t.dict_items && b.obj()->type == rt.t.dict_items) {
    return items_xor(rt, a, b);
  }
  Value r = to_set(rt, a);
  if (!r) return nullptr;
  if (!set_symmetric_difference_update(rt, as_set(r), b)) return nullptr;
  return r;
}

static int view_contains_dispatch(Runtime& rt, const Value& view, const Value& key) {
  if (view.obj()->type == rt.t.dict_keys) return keys_contains(rt, view, key);
  return items_contains(rt, view, key);
}

static Value views_and(Runtime& rt, const Value& a, const Value& b) {
  Value self = a, other = b;
  // The interpreter swaps the operands when the view is on the right of &.
  if (!is_keys_or_items_view(rt, self)) std::swap(self, other);
  int64_t len_self = any_len(rt, self);
  if (len_self < 0) return nullptr;
  if (other.is_obj() && other.obj()->type == rt.t.set) {
    if (len_self <= as_set(other)->used) return set_intersection(rt, as_set(other), self);
  }
  if (is_keys_or_items_view(rt, other)) {
    int64_t len_other = any_len(rt, other);
    if (len_other < 0) return nullptr;
    if (len_other > len_self) std::swap(self, other);
  }
  Ref<SetObject> result = new_set(rt);
  Value it = iter(rt, other);
  if (!it) return nullptr;
  for (;;) {
    Value key = next(rt, it);
    if (!key) {
      if (rt.has_error()) return nullptr;
      break;
    }
    int r = view_contains_dispatch(rt, self, key);
    if (r < 0) return nullptr;
    if (r && set_add(rt, result.get(), key) < 0) return nullptr;
  }
  return std::move(result).value();
}

static Value view_isdisjoint(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "isdisjoint", 1, 1)) return nullptr;
  Value a = self, other = args[0];
  if (a.is(other)) return rt.Bool(view_len(rt, a) == 0);
  if (isinstance(rt, other, rt.t.set) || isinstance(rt, other, rt.t.frozenset) || is_keys_or_items_view(rt, other)) {
    int64_t len_self = view_len(rt, a);
    int64_t len_other = any_len(rt, other);
    if (len_other < 0) return nullptr;
    if (len_other > len_self) std::swap(a, other);
  }
  Value it = iter(rt, other);
  if (!it) return nullptr;
  for (;;) {
    Value item = next(rt, it);
    if (!item) {
      if (rt.has_error()) return nullptr;
      return rt.True();
    }
    int r = contains(rt, a, item);
    if (r < 0) return nullptr;
    if (r) return rt.False();
  }
}

static Value keys_reversed(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__reversed__", 0, 0)) return nullptr;
  return make_dict_iterator(rt, as_view(self)->dict, rt.t.dict_reversekeyiterator, true);
}
static Value values_reversed(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__reversed__", 0, 0)) return nullptr;
  return make_dict_iterator(rt, as_view(self)->dict, reverse_value_iter_type(rt), true);
}
static Value items_reversed(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__reversed__", 0, 0)) return nullptr;
  return make_dict_iterator(rt, as_view(self)->dict, reverse_item_iter_type(rt), true);
}

static const MethodDef kKeysMethods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__reversed__", keys_reversed},
    {nullptr, nullptr},
};
static const MethodDef kValuesMethods[] = {
    {"__reversed__", values_reversed},
    {nullptr, nullptr},
};
static const MethodDef kItemsMethods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__reversed__", items_reversed},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------

// view.mapping: a read-only proxy of the viewed dict (dictview_mapping).
static Value view_mapping(Runtime& rt, const Value& self) { return make_mappingproxy(rt, as_view(self)->dict); }

static const GetSetDef kViewGetSets[] = {{"mapping", view_mapping}, {nullptr, nullptr}};

void init_dict_view_types(Runtime& rt) {
  TypeSlots it;
  it.dealloc = diter_dealloc;
  it.traverse = diter_traverse;
  it.clear = diter_clear;
  it.iter = self_iter;
  auto make_iter = [&](const char* name, NextFn next) {
    TypeSlots s = it;
    s.next = next;
    return make_builtin_type(rt, TypeSpec{name, nullptr, sizeof(DictIterObject), kTypeGc, kDictIterMethods}, s);
  };
  rt.t.dict_keyiterator = make_iter("dict_keyiterator", diter_next<IterKind::Keys, false>);
  rt.t.dict_valueiterator = make_iter("dict_valueiterator", diter_next<IterKind::Values, false>);
  rt.t.dict_itemiterator = make_iter("dict_itemiterator", diter_next<IterKind::Items, false>);
  rt.t.dict_reversekeyiterator = make_iter("dict_reversekeyiterator", diter_next<IterKind::Keys, true>);
  make_iter("dict_reversevalueiterator", diter_next<IterKind::Values, true>);
  make_iter("dict_reverseitemiterator", diter_next<IterKind::Items, true>);

  TypeSlots v;
  v.dealloc = view_dealloc;
  v.traverse = view_traverse;
  v.clear = view_clear;
  v.len = view_len;
  v.repr = view_repr;

  TypeSlots keys = v;
  keys.iter = keys_iter;
  keys.contains = keys_contains;
  keys.compare = view_compare;
  keys.hash = hash_not_implemented;
  keys.binop[static_cast<int>(BinOp::Sub)] = views_sub;
  keys.binop[static_cast<int>(BinOp::And)] = views_and;
  keys.binop[static_cast<int>(BinOp::Or)] = views_or;
  keys.binop[static_cast<int>(BinOp::Xor)] = views_xor;
  TypeSlots items = keys;
  items.iter = items_iter;
  items.contains = items_contains;
  TypeSlots values = v;
  values.iter = values_iter;

  rt.t.dict_keys = make_builtin_type(
      rt, TypeSpec{"dict_keys", nullptr, sizeof(DictViewObject), kTypeGc, kKeysMethods, kViewGetSets}, keys);
  rt.t.dict_values = make_builtin_type(
      rt, TypeSpec{"dict_values", nullptr, sizeof(DictViewObject), kTypeGc, kValuesMethods, kViewGetSets}, values);
  rt.t.dict_items = make_builtin_type(
      rt, TypeSpec{"dict_items", nullptr, sizeof(DictViewObject), kTypeGc, kItemsMethods, kViewGetSets}, items);
}

}  // namespace ls
