// The type system. See class.hpp.
#include "object/class.hpp"

#include <array>
#include <cctype>
#include <cstring>
#include <memory>
#include <new>
#include <utility>
#include <vector>

#include "object/cell.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/weakref.hpp"
#include "object/native.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// Bootstrap

static TypeObject* raw_type(Runtime& rt, TypeObject* meta, const char* name, size_t basicsize,
                            uint32_t flags) {
  auto* t = static_cast<TypeObject*>(alloc_object(rt, meta));
  new (t) TypeObject;  // default-init: keeps the header alloc_object wrote
  t->name = name;
  t->qualname = name;
  t->basicsize = static_cast<uint32_t>(basicsize);
  t->flags = static_cast<TypeFlags>(flags);
  t->rt = &rt;
  t->version = rt.next_type_version++;
  return t;
}

void bootstrap_type_system(Runtime& rt) {
  // `type` is an instance of itself: build it by hand before alloc_object can read meta->flags.
  TypeObject proto;
  proto.flags = static_cast<TypeFlags>(kTypeGc);
  proto.rt = &rt;
  proto.basicsize = sizeof(TypeObject);
  TypeObject* type = raw_type(rt, &proto, "type", sizeof(TypeObject), kTypeGc | kTypeBaseType |
                                                                          kTypeTypeSubclass);
  type->type = type;
  type->flags = static_cast<TypeFlags>(type->flags | kTypeImmutable);
  TypeObject* object = raw_type(rt, type, "object", sizeof(Object), kTypeBaseType | kTypeImmutable);
  type->base = object;
  type->solid = type;
  object->solid = object;
  rt.t.type = type;
  rt.t.object = object;
  rt.static_types.push_back(object);
  rt.static_types.push_back(type);
}

void install_object_and_type_slots(Runtime& rt);

void finish_bootstrap(Runtime& rt) {
  TypeObject* type = rt.t.type;
  TypeObject* object = rt.t.object;
  // Types created before str/dict/tuple existed get their dict and mro now.
  for (TypeObject* t : rt.static_types) {
    if (!t->dict) t->dict = new_dict(rt).value();
    if (!t->mro) {
      if (t == object) {
        t->mro = make_tuple(rt, {Value::borrow(object)});
        t->bases = Value::borrow(rt.empty_tuple);
      } else {
        TypeObject* b = t->base ? t->base : object;
        t->bases = make_tuple(rt, {Value::borrow(b)});
        Ref<TupleObject> base_mro = Ref<TupleObject>::borrow(as_tuple(b->mro));
        Ref<TupleObject> mro = new_tuple(rt, base_mro->size + 1);
        (*mro)[0] = Value::borrow(t);
        for (int64_t i = 0; i < base_mro->size; ++i) (*mro)[i + 1] = (*base_mro)[i];
        t->mro = std::move(mro).value();
        b->subclasses.push_back(t);
      }
    }
    if (!t->module_name) t->module_name = Value::borrow(rt.intern("builtins"));
  }
  install_object_and_type_slots(rt);
  (void)type;
}

// Tears the object graph down: clear every container (breaking all cycles), then release the
// runtime's own references, then the built-in types themselves.
void teardown(Runtime& rt) {
  rt.exc.reset();
  rt.heap.gc_enabled = false;
  gc_clear_all(rt);
  for (auto& kv : rt.boxed_small_ints) decref(kv.second);
  rt.boxed_small_ints.clear();
  for (auto& kv : rt.interned) {
    StrObject* s = kv.second;
    s->flags &= ~kInterned;
    s->flags |= kImmortal;
  }
  rt.interned.clear();
  // Types last: instances need their type to be destroyed. Clearing them drops their dicts.
  for (TypeObject* t : rt.static_types) rt.t.type->slots.clear(t);
  // Static types are never deallocated (the heap frees their memory wholesale): run their C++
  // destructors now, once nothing can use them, so that what they own (the subclass lists, long
  // names) is freed too.
  for (TypeObject* t : rt.static_types) t->~TypeObject();
  rt.static_types.clear();
}

// ---------------------------------------------------------------------------------------------
// Lookup with cache

static inline size_t cache_index(uint32_t version, StrObject* name) {
  return (version ^ static_cast<uint32_t>(reinterpret_cast<uintptr_t>(name) >> 4)) &
         (Runtime::kLookupCacheSize - 1);
}

static uint64_t lookup_uncached(TypeObject* type, StrObject* name) {
  TupleObject* mro = as_tuple(type->mro);
  if (!mro) return 0;
  for (int64_t i = 0; i < mro->size; ++i) {
    auto* t = static_cast<TypeObject*>((*mro)[i].obj());
    if (!t->dict) continue;
    Value* v = dict_lookup_str(as_dict(t->dict), name);
    if (v) return v->bits();
  }
  return 0;
}

// The borrowed bits of the attribute `name` along the MRO of `type` (0 when absent).
static uint64_t lookup_bits(TypeObject* type, StrObject* name) {
  if (!(name->flags & kInterned) || type->version == 0) return lookup_uncached(type, name);
  Runtime& rt = *type->rt;
  auto& e = rt.lookup_cache[cache_index(type->version, name)];
  if (e.version == type->version && e.name == name) return e.bits;
  uint64_t v = lookup_uncached(type, name);
  e.version = type->version;
  e.name = name;
  e.bits = v;
  return v;
}

static inline Value value_of_bits(uint64_t bits) {
  if (bits & 1u) return Value::small(static_cast<int64_t>(bits) >> 1);
  return Value::borrow(reinterpret_cast<Object*>(static_cast<uintptr_t>(bits)));
}

Value type_lookup_value(TypeObject* type, StrObject* name) { return value_of_bits(lookup_bits(type, name)); }

Object* type_lookup(TypeObject* type, StrObject* name) {
  uint64_t bits = lookup_bits(type, name);
  if (!(bits & 1u)) return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits));
  // A small int (a class attribute such as `dims = 2`): callers that want an Object* get a
  // boxed int of the same value, owned by the runtime.
  Runtime& rt = *type->rt;
  int64_t i = static_cast<int64_t>(bits) >> 1;
  auto it = rt.boxed_small_ints.find(i);
  if (it != rt.boxed_small_ints.end()) return it->second;
  Object* o = new_boxed_int(rt, i);
  rt.boxed_small_ints.emplace(i, o);
  return o;
}

static void invalidate(Runtime& rt, TypeObject* type, int depth) {
  type->version = rt.next_type_version++;
  if (rt.next_type_version == 0) {  // wrapped: flush the cache
    for (auto& e : rt.lookup_cache) e = {};
    rt.next_type_version = 1;
  }
  if (depth > 200) return;
  for (TypeObject* sub : type->subclasses) invalidate(rt, sub, depth + 1);
}

void type_modified(Runtime& rt, TypeObject* type) { invalidate(rt, type, 0); }

// ---------------------------------------------------------------------------------------------
// Names and repr

std::string type_full_name(const TypeObject* t) {
  if (t->module_name && t->module_name.is_obj()) {
    std::string_view m = str_view(t->module_name);
    if (m != "builtins") return std::string(m) + "." + t->qualname;
  }
  return t->qualname;
}

std::string_view type_short_name(const TypeObject* t) {
  std::string_view n = t->name;
  if ((t->flags & kTypeHeapType) && !(t->flags & kTypeBuiltinName)) return n;
  size_t dot = n.rfind('.');
  return dot == std::string_view::npos ? n : n.substr(dot + 1);
}

void set_builtin_type_name(Runtime& rt, TypeObject* t, std::string_view tp_name) {
  size_t dot = tp_name.rfind('.');
  std::string module = dot == std::string_view::npos ? "builtins" : std::string(tp_name.substr(0, dot));
  t->name = std::string(tp_name);
  t->qualname = std::string(dot == std::string_view::npos ? tp_name : tp_name.substr(dot + 1));
  t->module_name = make_str(rt, module);
  if (t->flags & kTypeHeapType) {
    t->flags = static_cast<TypeFlags>(t->flags | kTypeBuiltinName);
    if (t->dict) dict_set_str(rt, as_dict(t->dict), rt.n.__module__, t->module_name);
  }
}

Value type_repr(Runtime& rt, const Value& v) {
  auto* t = static_cast<TypeObject*>(v.obj());
  return make_str(rt, "<class '" + type_full_name(t) + "'>");
}

// ---------------------------------------------------------------------------------------------
// MRO (C3)

static bool tuple_contains_ptr(const std::vector<Object*>& v, Object* o) {
  for (Object* x : v)
    if (x == o) return true;
  return false;
}

static Value compute_mro(Runtime& rt, TypeObject* type) {
  TupleObject* bases = as_tuple(type->bases);
  std::vector<std::vector<Object*>> seqs;
  for (int64_t i = 0; i < bases->size; ++i) {
    auto* b = static_cast<TypeObject*>((*bases)[i].obj());
    std::vector<Object*> s;
    TupleObject* m = as_tuple(b->mro);
    for (int64_t j = 0; j < m->size; ++j) s.push_back((*m)[j].obj());
    seqs.push_back(std::move(s));
  }
  {
    std::vector<Object*> s;
    for (int64_t i = 0; i < bases->size; ++i) s.push_back((*bases)[i].obj());
    seqs.push_back(std::move(s));
  }
  std::vector<Object*> result{type};
  std::vector<size_t> heads(seqs.size(), 0);
  for (;;) {
    bool empty = true;
    Object* candidate = nullptr;
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (heads[i] >= seqs[i].size()) continue;
      empty = false;
      Object* c = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j) {
        for (size_t k = heads[j] + 1; k < seqs[j].size(); ++k) {
          if (seqs[j][k] == c) {
            in_tail = true;
            break;
          }
        }
      }
      if (!in_tail) {
        candidate = c;
        break;
      }
    }
    if (empty) break;
    if (!candidate) {
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
      std::vector<Object*> seen;
      for (size_t i = 0; i < seqs.size() - 1; ++i) {
        if (heads[i] >= seqs[i].size()) continue;
        Object* c = seqs[i][heads[i]];
        if (tuple_contains_ptr(seen, c)) continue;
        seen.push_back(c);
        msg += (seen.size() == 1 ? " " : ", ");
        msg += static_cast<TypeObject*>(c)->name;
      }
      return rt.raise(rt.t.TypeError, msg);
    }
    result.push_back(candidate);
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) ++heads[i];
    }
  }
  Ref<TupleObject> mro = new_tuple(rt, static_cast<int64_t>(result.size()));
  for (size_t i = 0; i < result.size(); ++i) (*mro)[static_cast<int64_t>(i)] = Value::borrow(result[i]);
  return std::move(mro).value();
}

// ---------------------------------------------------------------------------------------------
// Slot trampolines: a program-defined class gets these for the dunders it defines.

// The first built-in class on the MRO: supplies the native behaviour a class does not override.
static TypeObject* native_base(TypeObject* type) {
  TupleObject* mro = as_tuple(type->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    auto* t = static_cast<TypeObject*>((*mro)[i].obj());
    if (!(t->flags & kTypeHeapType)) return t;
  }
  return type->solid;
}

// Looks a dunder up among the program-defined classes of the MRO (stopping at the first built-in).
static Object* heap_lookup_uncached(TypeObject* type, StrObject* name) {
  TupleObject* mro = as_tuple(type->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    auto* t = static_cast<TypeObject*>((*mro)[i].obj());
    Value* v = dict_lookup_str(as_dict(t->dict), name);
    // A built-in defining the name shadows what comes after it (its own slot applies); one that
    // does not lets a later program-defined class provide it, as a mixin after a built-in base
    // does in `class AppError(Exception, DetailsMixin)` or enum's IntFlag(int, ReprEnum, Flag).
    if (!(t->flags & kTypeHeapType)) {
      if (v) return nullptr;
      continue;
    }
    if (v) return v->obj();
  }
  return nullptr;
}

// heap_lookup through the attribute cache: keyed by (type version, name + 16 bytes), a key that is
// never a str's address, so that it neither matches nor shares a slot with type_lookup's entry
// for the same name. Any change to a class on the MRO gives the type a new version.
static Object* heap_lookup(TypeObject* type, StrObject* name) {
  if (!(name->flags & kInterned) || type->version == 0) return heap_lookup_uncached(type, name);
  auto* key = reinterpret_cast<StrObject*>(reinterpret_cast<uintptr_t>(name) + 16);
  Runtime& rt = *type->rt;
  auto& e = rt.lookup_cache[cache_index(type->version, key)];
  if (e.version == type->version && e.name == key) return reinterpret_cast<Object*>(static_cast<uintptr_t>(e.bits));
  Object* r = heap_lookup_uncached(type, name);
  e.version = type->version;
  e.name = key;
  e.bits = reinterpret_cast<uintptr_t>(r);
  return r;
}

// Calls a special method found on the type with `self` prepended.
static Value call_special(Runtime& rt, Object* descr, const Value& self, const Value* args, size_t n) {
  Value fn = Value::borrow(descr);
  TypeObject* dt = descr->type;
  if (dt->slots.descr_get && dt != rt.t.function) {
    Value bound = dt->slots.descr_get(rt, fn, self, Value::borrow(self.type(rt)));
    if (!bound) return nullptr;
    CallArgs a{args, n, nullptr};
    return call(rt, bound, a);
  }
  if (dt == rt.t.function) {
    if (n + 1 <= 4) {
      // (put: the slots are empty, so no out-of-line assignment; 4 covers every dunder's arity)
      Value buf[4];
      buf[0].put(self);
      for (size_t i = 0; i < n; ++i) buf[i + 1].put(args[i]);
      return call(rt, fn, CallArgs{buf, n + 1, nullptr});
    }
    std::vector<Value> v;
    v.push_back(self);
    for (size_t i = 0; i < n; ++i) v.push_back(args[i]);
    return call(rt, fn, CallArgs{v.data(), v.size(), nullptr});
  }
  CallArgs a{args, n, nullptr};
  return call(rt, fn, a);
}

static Value call_dunder(Runtime& rt, const Value& self, StrObject* name, const Value* args, size_t n) {
  Object* d = type_lookup(self.type(rt), name);
  if (!d) return raise_attribute_error(rt, self, name);
  return call_special(rt, d, self, args, n);
}

static Value slot_repr(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, rt.n.__repr__, nullptr, 0);
}
static Value slot_str(Runtime& rt, const Value& self) {
  Value r = call_dunder(rt, self, rt.n.__str__, nullptr, 0);
  if (r && !is_str(rt, r)) {
    return rt.raise(rt.t.TypeError, "__str__ returned non-string (type " + type_name(rt, r) + ")");
  }
  return r;
}

static bool slot_hash(Runtime& rt, const Value& self, int64_t* out) {
  Value r = call_dunder(rt, self, rt.n.__hash__, nullptr, 0);
  if (!r) return false;
  if (!isinstance(rt, r, rt.t.int_)) {
    rt.raise(rt.t.TypeError, "__hash__ method should return an integer");
    return false;
  }
  // slot_tp_hash: a value within Py_hash_t's range is the hash as it is (hash(x) == x.__hash__());
  // only a larger one is reduced by int's hash
  int64_t h;
  if (r.is_small()) {
    h = r.small_value();
  } else if (!int_to_int64(r, &h)) {
    rt.clear_error();
    return rt.t.int_->slots.hash(rt, r, out);
  }
  *out = h == -1 ? -2 : h;
  return true;
}

bool hash_not_implemented(Runtime& rt, const Value& self, int64_t*) {
  rt.raise(rt.t.TypeError, "unhashable type: '" + type_name(rt, self) + "'");
  return false;
}

static StrObject* cmp_name(Runtime& rt, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return rt.n.__lt__;
    case CmpOp::Le: return rt.n.__le__;
    case CmpOp::Eq: return rt.n.__eq__;
    case CmpOp::Ne: return rt.n.__ne__;
    case CmpOp::Gt: return rt.n.__gt__;
    case CmpOp::Ge: return rt.n.__ge__;
  }
  return rt.n.__eq__;
}

static Value slot_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  TypeObject* t = a.type(rt);
  Object* d = heap_lookup(t, cmp_name(rt, op));
  if (d) {
    if (d == rt.none) return rt.NotImplemented();
    return call_special(rt, d, a, &b, 1);
  }
  TypeObject* nb = native_base(t);
  if (nb->slots.compare) return nb->slots.compare(rt, a, b, op);
  return rt.NotImplemented();
}

static int slot_truth(Runtime& rt, const Value& self) {
  TypeObject* t = self.type(rt);
  Object* d = heap_lookup(t, rt.n.__bool__);
  if (d) {
    Value r = call_special(rt, d, self, nullptr, 0);
    if (!r) return -1;
    if (r.is_obj() && r.obj() == rt.true_) return 1;
    if (r.is_obj() && r.obj() == rt.false_) return 0;
    rt.raise(rt.t.TypeError, "__bool__ should return bool, returned " + type_name(rt, r));
    return -1;
  }
  d = heap_lookup(t, rt.n.__len__);
  if (d) {
    int64_t n = length(rt, self);
    if (n < 0) return -1;
    return n > 0;
  }
  TypeObject* nb = native_base(t);
  if (nb->slots.truth) return nb->slots.truth(rt, self);
  return 1;
}

static int64_t slot_len(Runtime& rt, const Value& self) {
  Value r = call_dunder(rt, self, rt.n.__len__, nullptr, 0);
  if (!r) return -1;
  if (!isinstance(rt, r, rt.t.int_)) {
    rt.raise(rt.t.TypeError, "'" + type_name(rt, r) + "' object cannot be interpreted as an integer");
    return -1;
  }
  if (!r.is_small()) {
    rt.raise(rt.t.OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  int64_t n = r.small_value();
  if (n < 0) {
    rt.raise(rt.t.ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

static Value slot_getattr(Runtime& rt, const Value& self, StrObject* name) {
  TypeObject* t = self.type(rt);
  Object* ga = heap_lookup(t, rt.n.__getattribute__);
  Value r;
  if (ga) {
    Value nm = Value::borrow(name);
    r = call_special(rt, ga, self, &nm, 1);
  } else {
    TypeObject* nb = native_base(t);
    r = nb->slots.getattr ? nb->slots.getattr(rt, self, name) : generic_getattr(rt, self, name);
  }
  if (r || !(t->flags & kTypeHasGetattrHook)) return r;
  if (!rt.error_matches(rt.t.AttributeError)) return r;
  Object* hook = type_lookup(t, rt.n.__getattr__);
  if (!hook) return r;
  rt.clear_error();
  Value nm = Value::borrow(name);
  return call_special(rt, hook, self, &nm, 1);
}

static bool slot_setattr(Runtime& rt, const Value& self, StrObject* name, const Value& v) {
  TypeObject* t = self.type(rt);
  Value nm = Value::borrow(name);
  if (v) {
    Object* d = heap_lookup(t, rt.n.__setattr__);
    if (d) {
      Value args[2] = {nm, v};
      return static_cast<bool>(call_special(rt, d, self, args, 2));
    }
  } else {
    Object* d = heap_lookup(t, rt.n.__delattr__);
    if (d) return static_cast<bool>(call_special(rt, d, self, &nm, 1));
  }
  TypeObject* nb = native_base(t);
  return nb->slots.setattr ? nb->slots.setattr(rt, self, name, v) : generic_setattr(rt, self, name, v);
}

static Value slot_call(Runtime& rt, const Value& self, CallArgs args) {
  Object* d = type_lookup(self.type(rt), rt.n.__call__);
  if (!d) return rt.raise(rt.t.TypeError, "'" + type_name(rt, self) + "' object is not callable");
  Value fn = Value::borrow(d);
  if (d->type->slots.descr_get) {
    fn = d->type->slots.descr_get(rt, fn, self, Value::borrow(self.type(rt)));
    if (!fn) return nullptr;
  }
  return call(rt, fn, args);
}

Object* type_python_call(Runtime& rt, TypeObject* tp) {
  if (tp->slots.call != slot_call) return nullptr;
  Object* d = type_lookup(tp, rt.n.__call__);
  return d && d->type == rt.t.function ? d : nullptr;
}

static Value slot_iter(Runtime& rt, const Value& self) {
  Object* d = type_lookup(self.type(rt), rt.n.__iter__);
  if (d == rt.none) return rt.raise(rt.t.TypeError, "'" + type_name(rt, self) + "' object is not iterable");
  Value r = call_special(rt, d, self, nullptr, 0);
  if (r && !r.type(rt)->slots.next) {
    return rt.raise(rt.t.TypeError, "iter() returned non-iterator of type '" + type_name(rt, r) + "'");
  }
  return r;
}

static Value slot_next(Runtime& rt, const Value& self) {
  Value r = call_dunder(rt, self, rt.n.__next__, nullptr, 0);
  if (!r && rt.error_matches(rt.t.StopIteration)) {
    rt.clear_error();
    return nullptr;
  }
  return r;
}

static Value slot_getitem(Runtime& rt, const Value& self, const Value& key) {
  return call_dunder(rt, self, rt.n.__getitem__, &key, 1);
}

static bool slot_setitem(Runtime& rt, const Value& self, const Value& key, const Value& v) {
  if (v) {
    Value args[2] = {key, v};
    return static_cast<bool>(call_dunder(rt, self, rt.n.__setitem__, args, 2));
  }
  return static_cast<bool>(call_dunder(rt, self, rt.n.__delitem__, &key, 1));
}

static int slot_contains(Runtime& rt, const Value& self, const Value& item) {
  Object* d = type_lookup(self.type(rt), rt.n.__contains__);
  if (!d) {
    TypeObject* nb = native_base(self.type(rt));
    if (nb->slots.contains) return nb->slots.contains(rt, self, item);
    rt.raise(rt.t.TypeError, "argument of type '" + type_name(rt, self) + "' is not iterable");
    return -1;
  }
  Value r = call_special(rt, d, self, &item, 1);
  if (!r) return -1;
  return truthy(rt, r);
}

static Value slot_descr_get(Runtime& rt, const Value& self, const Value& obj, const Value& type) {
  Object* d = type_lookup(self.type(rt), rt.n.__get__);
  if (!d) return self;
  Value args[2] = {obj ? obj : rt.None(), type ? type : rt.None()};
  return call_special(rt, d, self, args, 2);
}

static bool slot_descr_set(Runtime& rt, const Value& self, const Value& obj, const Value& v) {
  if (v) {
    Object* d = type_lookup(self.type(rt), rt.n.__set__);
    if (!d) {
      rt.raise(rt.t.AttributeError, "__set__");
      return false;
    }
    Value args[2] = {obj, v};
    return static_cast<bool>(call_special(rt, d, self, args, 2));
  }
  Object* d = type_lookup(self.type(rt), rt.n.__delete__);
  if (!d) {
    rt.raise(rt.t.AttributeError, "__delete__");
    return false;
  }
  return static_cast<bool>(call_special(rt, d, self, &obj, 1));
}

static Value slot_new(Runtime& rt, TypeObject* type, CallArgs args) {
  Object* d = type_lookup(type, rt.n.__new__);
  if (!d) return rt.raise(rt.t.TypeError, "cannot create instances");
  Value fn = Value::borrow(d);
  if (d->type == rt.t.staticmethod) fn = static_cast<ClassMethodObject*>(d)->callable;
  size_t total = args.nargs + args.nkw();
  std::vector<Value> buf;
  buf.reserve(total + 1);
  buf.push_back(Value::borrow(type));
  for (size_t i = 0; i < total; ++i) buf.push_back(args.args[i]);
  return call(rt, fn, CallArgs{buf.data(), args.nargs + 1, args.kwnames});
}

static bool slot_init(Runtime& rt, const Value& self, CallArgs args) {
  Object* d = type_lookup(self.type(rt), rt.n.__init__);
  if (!d) return true;
  Value r;
  if (d->type == rt.t.function) {
    size_t total = args.nargs + args.nkw();
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (total + 1 > 8) {
      big.resize(total + 1);
      buf = big.data();
    }
    buf[0] = self;
    for (size_t i = 0; i < total; ++i) buf[i + 1] = args.args[i];
    r = call(rt, Value::borrow(d), CallArgs{buf, args.nargs + 1, args.kwnames});
  } else {
    Value fn = Value::borrow(d);
    if (d->type->slots.descr_get) {
      fn = d->type->slots.descr_get(rt, fn, self, Value::borrow(self.type(rt)));
      if (!fn) return false;
    }
    r = call(rt, fn, args);
  }
  if (!r) return false;
  if (!rt.is_none(r)) {
    rt.raise(rt.t.TypeError, "__init__() should return None, not '" + type_name(rt, r) + "'");
    return false;
  }
  return true;
}

bool type_has_python_new(const TypeObject* tp) { return tp->slots.new_ == slot_new; }

Object* type_python_init(Runtime& rt, TypeObject* tp) {
  if (tp->slots.init != slot_init) return nullptr;
  Object* d = type_lookup(tp, rt.n.__init__);
  return d && d->type == rt.t.function ? d : nullptr;
}

static void slot_finalize(Runtime& rt, Object* self) {
  Object* d = type_lookup(self->type, rt.n.__del__);
  if (!d) return;
  Value saved = rt.take_error();
  Value me = Value::borrow(self);
  Value r = call_special(rt, d, me, nullptr, 0);
  if (!r) report_unraisable(rt, "Exception ignored in: ", Value::borrow(d));
  rt.exc = std::move(saved);
}

static Value slot_await(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, rt.n.__await__, nullptr, 0);
}
static Value slot_aiter(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, rt.n.__aiter__, nullptr, 0);
}
static Value slot_anext(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, rt.n.__anext__, nullptr, 0);
}
static Value slot_index(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, rt.n.__index__, nullptr, 0);
}
static Value slot_int(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, rt.n.__int__, nullptr, 0);
}
static Value slot_float(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, rt.n.__float__, nullptr, 0);
}

// Binary operators: names per BinOp.
struct BinopNames {
  const char* op;
  const char* rop;
  const char* iop;
};
static const BinopNames kBinopNames[] = {
    {"__add__", "__radd__", "__iadd__"},       {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},       {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},       {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},       {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
};
static const char* const kUnopNames[] = {"__neg__", "__pos__", "__invert__", "__abs__"};

// The interned operator names above, per run (Runtime::hot), so that a slot call does not hash a
// C string (rt.intern) every time.
struct OpNameCache {
  StrObject* bin[static_cast<int>(BinOp::Count)][3] = {};
  StrObject* un[static_cast<int>(UnOp::Count)] = {};
  void** hot = nullptr;  // its Runtime::hot slot
  ~OpNameCache() {
    if (hot) *hot = nullptr;
  }
};
[[gnu::noinline]] static const OpNameCache& fill_op_names(Runtime& rt) {
  auto owned = std::make_shared<OpNameCache>();
  OpNameCache& c = *owned;
  for (int i = 0; i < static_cast<int>(BinOp::Count); ++i) {
    c.bin[i][0] = rt.intern(kBinopNames[i].op);
    c.bin[i][1] = rt.intern(kBinopNames[i].rop);
    c.bin[i][2] = rt.intern(kBinopNames[i].iop);
  }
  for (int i = 0; i < static_cast<int>(UnOp::Count); ++i) c.un[i] = rt.intern(kUnopNames[i]);
  rt.module_state["class.op_names"] = owned;
  c.hot = &rt.hot_slot(Runtime::HotSlot::OpNames);
  *c.hot = &c;
  return c;
}
static inline const OpNameCache& op_names(Runtime& rt) {
  if (void* p = rt.hot_slot(Runtime::HotSlot::OpNames)) [[likely]] return *static_cast<const OpNameCache*>(p);
  return fill_op_names(rt);
}

// Calls `self.<name>(other)` when a program-defined class on self's MRO defines it; otherwise the
// native base's slot. Returns NotImplemented when neither applies.
static Value binop_side(Runtime& rt, const Value& self, const Value& other, BinOp op, bool reflected) {
  StrObject* name = op_names(rt).bin[static_cast<int>(op)][reflected ? 1 : 0];
  TypeObject* t = self.type(rt);
  Object* d = heap_lookup(t, name);
  if (d) {
    if (d == rt.none) return rt.NotImplemented();
    return call_special(rt, d, self, &other, 1);
  }
  TypeObject* nb = native_base(t);
  BinaryFn f = nb->slots.binop[static_cast<int>(op)];
  if (!f) return rt.NotImplemented();
  return reflected ? f(rt, other, self) : f(rt, self, other);
}

template <BinOp OP>
static Value slot_binop(Runtime& rt, const Value& a, const Value& b) {
  TypeObject* ta = a.type(rt);
  TypeObject* tb = b.type(rt);
  BinaryFn me = &slot_binop<OP>;
  bool a_is_mine = ta->slots.binop[static_cast<int>(OP)] == me;
  bool do_other = ta != tb && tb->slots.binop[static_cast<int>(OP)] == me;
  if (a_is_mine) {
    if (do_other && is_subtype(tb, ta)) {
      Value r = binop_side(rt, b, a, OP, true);
      if (!r || !r.is(Value::borrow(rt.not_implemented))) return r;
      do_other = false;
    }
    Value r = binop_side(rt, a, b, OP, false);
    if (!r || !r.is(Value::borrow(rt.not_implemented)) || ta == tb) return r;
  }
  if (do_other || (!a_is_mine && tb->slots.binop[static_cast<int>(OP)] == me)) {
    return binop_side(rt, b, a, OP, true);
  }
  return rt.NotImplemented();
}

template <BinOp OP>
static Value slot_inplace(Runtime& rt, const Value& a, const Value& b) {
  StrObject* name = op_names(rt).bin[static_cast<int>(OP)][2];
  Object* d = type_lookup(a.type(rt), name);
  if (!d) return rt.NotImplemented();
  return call_special(rt, d, a, &b, 1);
}

template <UnOp OP>
static Value slot_unop(Runtime& rt, const Value& a) {
  return call_dunder(rt, a, op_names(rt).un[static_cast<int>(OP)], nullptr, 0);
}

template <size_t... I>
static constexpr auto make_binop_table(std::index_sequence<I...>) {
  return std::array<BinaryFn, sizeof...(I)>{&slot_binop<static_cast<BinOp>(I)>...};
}
template <size_t... I>
static constexpr auto make_inplace_table(std::index_sequence<I...>) {
  return std::array<BinaryFn, sizeof...(I)>{&slot_inplace<static_cast<BinOp>(I)>...};
}
template <size_t... I>
static constexpr auto make_unop_table(std::index_sequence<I...>) {
  return std::array<UnaryFn, sizeof...(I)>{&slot_unop<static_cast<UnOp>(I)>...};
}
static constexpr auto kSlotBinops = make_binop_table(std::make_index_sequence<static_cast<size_t>(BinOp::Count)>{});
static constexpr auto kSlotInplace = make_inplace_table(std::make_index_sequence<static_cast<size_t>(BinOp::Count)>{});
static constexpr auto kSlotUnops = make_unop_table(std::make_index_sequence<static_cast<size_t>(UnOp::Count)>{});

// Does a program-defined class on the MRO (before the first built-in) define any of `names`?
static bool defines(Runtime& rt, TypeObject* type, std::initializer_list<StrObject*> names) {
  for (StrObject* n : names) {
    if (heap_lookup(type, n)) return true;
  }
  (void)rt;
  return false;
}

Object* type_python_binop(Runtime& rt, TypeObject* tp, BinOp op, bool inplace) {
  auto i = static_cast<size_t>(op);
  if (tp->slots.binop[i] != kSlotBinops[i] || (inplace && tp->slots.inplace[i])) return nullptr;
  Object* d = heap_lookup(tp, op_names(rt).bin[i][0]);
  return d && d->type == rt.t.function ? d : nullptr;
}

void fixup_slots(Runtime& rt, TypeObject* t) {
  TypeObject* nb = native_base(t);
  TypeSlots& s = t->slots;
  const TypeSlots& n = nb->slots;
  auto& N = rt.n;
  s.dealloc = n.dealloc;
  s.traverse = n.traverse;
  s.clear = n.clear;
  s.repr = defines(rt, t, {N.__repr__}) ? slot_repr : n.repr;
  s.str = defines(rt, t, {N.__str__}) ? slot_str : n.str;
  if (defines(rt, t, {N.__hash__})) {
    Object* h = heap_lookup(t, N.__hash__);
    s.hash = (h == rt.none) ? hash_not_implemented : slot_hash;
  } else {
    s.hash = n.hash;
  }
  s.compare = defines(rt, t, {N.__eq__, N.__ne__, N.__lt__, N.__le__, N.__gt__, N.__ge__})
                  ? slot_compare
                  : n.compare;
  s.truth = defines(rt, t, {N.__bool__, N.__len__}) ? slot_truth : n.truth;
  s.len = defines(rt, t, {N.__len__}) ? slot_len : n.len;
  bool has_getattr_hook = defines(rt, t, {N.__getattr__});
  if (has_getattr_hook) t->flags = static_cast<TypeFlags>(t->flags | kTypeHasGetattrHook);
  else t->flags = static_cast<TypeFlags>(t->flags & ~kTypeHasGetattrHook);
  s.getattr = (has_getattr_hook || defines(rt, t, {N.__getattribute__})) ? slot_getattr : n.getattr;
  s.setattr = defines(rt, t, {N.__setattr__, N.__delattr__}) ? slot_setattr : n.setattr;
  s.call = defines(rt, t, {N.__call__}) ? slot_call : n.call;
  s.new_ = defines(rt, t, {N.__new__}) ? slot_new : n.new_;
  s.init = defines(rt, t, {N.__init__}) ? slot_init : n.init;
  s.descr_get = defines(rt, t, {N.__get__}) ? slot_descr_get : n.descr_get;
  s.descr_set = defines(rt, t, {N.__set__, N.__delete__}) ? slot_descr_set : n.descr_set;
  s.getitem = defines(rt, t, {N.__getitem__}) ? slot_getitem : n.getitem;
  s.setitem = defines(rt, t, {N.__setitem__, N.__delitem__}) ? slot_setitem : n.setitem;
  s.contains = defines(rt, t, {N.__contains__}) ? slot_contains : n.contains;
  s.iter = defines(rt, t, {N.__iter__}) ? slot_iter : n.iter;
  s.next = defines(rt, t, {N.__next__}) ? slot_next : n.next;
  for (int i = 0; i < static_cast<int>(BinOp::Count); ++i) {
    const BinopNames& bn = kBinopNames[i];
    s.binop[i] = defines(rt, t, {rt.intern(bn.op), rt.intern(bn.rop)}) ? kSlotBinops[static_cast<size_t>(i)] : n.binop[i];
    s.inplace[i] = defines(rt, t, {rt.intern(bn.iop)}) ? kSlotInplace[static_cast<size_t>(i)] : n.inplace[i];
  }
  s.pow3 = n.pow3;
  for (int i = 0; i < static_cast<int>(UnOp::Count); ++i) {
    s.unop[i] = defines(rt, t, {rt.intern(kUnopNames[i])}) ? kSlotUnops[static_cast<size_t>(i)] : n.unop[i];
  }
  s.index = defines(rt, t, {N.__index__}) ? slot_index : n.index;
  s.to_int = defines(rt, t, {N.__int__}) ? slot_int : n.to_int;
  s.to_float = defines(rt, t, {N.__float__}) ? slot_float : n.to_float;
  s.await = defines(rt, t, {N.__await__}) ? slot_await : n.await;
  s.aiter = defines(rt, t, {N.__aiter__}) ? slot_aiter : n.aiter;
  s.anext = defines(rt, t, {N.__anext__}) ? slot_anext : n.anext;
  s.send = (defines(rt, t, {N.send, N.__next__})) ? nullptr : n.send;
  s.throw_ = defines(rt, t, {N.throw_}) ? nullptr : n.throw_;
  if (defines(rt, t, {N.__del__})) {
    s.finalize = slot_finalize;
    t->flags = static_cast<TypeFlags>(t->flags | kTypeHasFinalizer);
  } else {
    s.finalize = n.finalize;
  }
}

static void fixup_tree(Runtime& rt, TypeObject* t, int depth) {
  if (t->flags & kTypeHeapType) fixup_slots(rt, t);
  if (depth > 200) return;
  for (TypeObject* sub : t->subclasses) fixup_tree(rt, sub, depth + 1);
}

void update_slot(Runtime& rt, TypeObject* type, StrObject* name) {
  std::string_view n = name->view();
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") fixup_tree(rt, type, 0);
}

// ---------------------------------------------------------------------------------------------
// Class creation

Value calculate_metaclass(Runtime& rt, const Value& explicit_meta, const Value& bases) {
  TypeObject* winner = nullptr;
  TupleObject* b = as_tuple(bases);
  if (explicit_meta) {
    if (!isinstance(rt, explicit_meta, rt.t.type)) return explicit_meta;  // a plain callable
    winner = static_cast<TypeObject*>(explicit_meta.obj());
  } else if (b->size > 0) {
    // As __build_class__: the type of the first base (which may not even be a metaclass:
    // `class E(1)` calls int('E', bases, ns)).
    winner = (*b)[0].type(rt);
  } else {
    winner = rt.t.type;
  }
  for (int64_t i = 0; i < b->size; ++i) {
    TypeObject* mt = (*b)[i].type(rt);
    if (is_subtype(winner, mt)) continue;
    if (is_subtype(mt, winner)) {
      winner = mt;
      continue;
    }
    return rt.raise(rt.t.TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    "subclass of the metaclasses of all its bases");
  }
  return Value::borrow(winner);
}

static TypeObject* solid_of(TypeObject* t) { return t->solid ? t->solid : t; }

// __slots__ in a class namespace: a member descriptor per name (private names mangled); the
// instances have no __dict__ unless "__dict__" is listed or a base has one.
// `ns` is the namespace as the class body left it (the conflict check ignores what type() adds).
static bool class_slots(Runtime& rt, TypeObject* t, DictObject* d, DictObject* ns, TupleObject* bases) {
  Value* sl = dict_lookup_str(d, rt.intern("__slots__"));
  if (!sl) return true;
  Value slots = *sl;
  std::vector<Value> names;
  if (is_str(rt, slots)) {
    names.push_back(slots);
  } else if (!for_each(rt, slots, [&](Value item) {
               names.push_back(std::move(item));
               return true;
             })) {
    return false;
  }
  bool base_dict = false;
  for (int64_t i = 0; i < bases->size; ++i) {
    auto* b = static_cast<TypeObject*>((*bases)[i].obj());
    if ((b->flags & (kTypeHasDict | kTypeSlotsOnly)) == kTypeHasDict) base_dict = true;
  }
  bool want_dict = false;
  std::vector<Value> members;
  for (const Value& n : names) {
    if (!is_str(rt, n)) {
      rt.raise(rt.t.TypeError, "__slots__ items must be strings, not '" + type_name(rt, n) + "'");
      return false;
    }
    std::string_view s = str_view(n);
    bool ident = !s.empty() && !(s[0] >= '0' && s[0] <= '9');
    for (char c : s) {
      auto u = static_cast<unsigned char>(c);
      if (!(u >= 0x80 || std::isalnum(u) || c == '_')) ident = false;
    }
    if (!ident) {
      rt.raise(rt.t.TypeError, "__slots__ must be identifiers");
      return false;
    }
    if (s == "__dict__") {
      if (base_dict || want_dict) {
        rt.raise(rt.t.TypeError, "__dict__ slot disallowed: we already got one");
        return false;
      }
      want_dict = true;
      continue;
    }
    if (s == "__weakref__") continue;
    std::string m(s);
    // Private names: __x -> _Class__x (the class name without its leading underscores).
    if (m.size() > 2 && m.compare(0, 2, "__") == 0 && m.compare(m.size() - 2, 2, "__") != 0) {
      size_t k = t->name.find_first_not_of('_');
      if (k != std::string::npos) m = "_" + t->name.substr(k) + m;
    }
    Value key = Value::borrow(rt.intern(m));
    if (dict_lookup_str(ns, as_str(key))) {
      rt.raise(rt.t.ValueError, "'" + m + "' in __slots__ conflicts with class variable");
      return false;
    }
    members.push_back(std::move(key));
  }
  if (!want_dict && !base_dict) t->flags = static_cast<TypeFlags>(t->flags | kTypeSlotsOnly);
  // The values live inline after the layout of the solid base when that layout has a fixed size
  // (object, or a class whose slots already live inline); the class then has a layout of its own
  // (its solid base is itself: CPython's "multiple bases have instance lay-out conflict").
  // Slots on top of other built-ins (int, str, tuple... whose instances carry trailing data)
  // keep their values in the hidden instance dict.
  bool inline_slots = !members.empty() && (t->solid == rt.t.object || t->solid->slots_begin != 0);
  for (const Value& key : members) {
    uint32_t offset = 0;
    if (inline_slots) {
      if (t->slots_begin == 0) t->slots_begin = t->basicsize;
      offset = t->basicsize;
      t->basicsize += static_cast<uint32_t>(sizeof(Value));
    }
    Value md = make_member_descriptor(rt, t, key, offset);
    if (!md || !dict_set_str(rt, d, as_str(key), md)) return false;
  }
  if (inline_slots) t->solid = t;
  return true;
}

Value make_class(Runtime& rt, const Value& meta_v, const Value& name_v, const Value& bases_v,
                 const Value& ns_v, const Value& kwargs) {
  if (!is_str(rt, name_v)) return rt.raise(rt.t.TypeError, "type.__new__() argument 1 must be str");
  if (!isinstance(rt, bases_v, rt.t.tuple)) {
    return rt.raise(rt.t.TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(rt, bases_v));
  }
  if (!isinstance(rt, ns_v, rt.t.dict)) {
    return rt.raise(rt.t.TypeError, "type.__new__() argument 3 must be dict, not " + type_name(rt, ns_v));
  }
  // type_new calculates the metaclass first: a base that is not a class (type((1,)) is int)
  // is a metaclass conflict before it can be a bad base.
  if (!calculate_metaclass(rt, meta_v, bases_v)) return nullptr;
  auto* meta = static_cast<TypeObject*>(meta_v.obj());
  Value bases = bases_v;
  if (as_tuple(bases)->size == 0) bases = make_tuple(rt, {Value::borrow(rt.t.object)});
  TupleObject* bt = as_tuple(bases);
  // Pick the base whose layout is the most derived; all others must be compatible with it.
  TypeObject* best = nullptr;
  uint32_t flags = kTypeHeapType | kTypeBaseType | kTypeGc | kTypeHasDict;
  for (int64_t i = 0; i < bt->size; ++i) {
    const Value& b = (*bt)[i];
    if (!isinstance(rt, b, rt.t.type)) {
      return rt.raise(rt.t.TypeError, "bases must be types");
    }
    auto* bty = static_cast<TypeObject*>(b.obj());
    if (!(bty->flags & kTypeBaseType)) {
      return rt.raise(rt.t.TypeError, "type '" + bty->name + "' is not an acceptable base type");
    }
    for (int64_t j = 0; j < i; ++j) {
      if ((*bt)[j].is(b)) return rt.raise(rt.t.TypeError, "duplicate base class " + bty->name);
    }
    flags |= bty->flags & (kTypeIsException | kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                           kTypeListSubclass | kTypeDictSubclass | kTypeTypeSubclass);
    TypeObject* s = solid_of(bty);
    if (!best) {
      best = bty;
    } else if (s != solid_of(best) && is_subtype(s, solid_of(best))) {
      best = bty;
    } else if (!is_subtype(solid_of(best), s)) {
      return rt.raise(rt.t.TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  TypeObject* solid = solid_of(best);
  std::string name(str_view(name_v));
  auto* t = static_cast<TypeObject*>(alloc_object(rt, meta));
  new (t) TypeObject;  // default-init: keeps the header alloc_object wrote
  t->rt = &rt;
  t->name = name;
  t->flags = static_cast<TypeFlags>(flags);
  t->basicsize = solid->basicsize;
  t->itemsize = solid->itemsize;
  t->slots_begin = solid->slots_begin;
  t->solid = solid;
  t->base = best;
  incref(best);
  t->bases = bases;
  t->version = rt.next_type_version++;
  Value holder = Value::steal(t);  // owns t from here on
  for (int64_t i = 0; i < bt->size; ++i) static_cast<TypeObject*>((*bt)[i].obj())->subclasses.push_back(t);

  // Namespace -> dict, with CPython's adjustments.
  Value dict = dict_copy(rt, as_dict(ns_v));
  if (!dict) return nullptr;
  DictObject* d = as_dict(dict);
  t->dict = dict;
  Value qn = dict_pop_str(rt, d, rt.n.__qualname__);
  if (qn) {
    if (!is_str(rt, qn)) {
      return rt.raise(rt.t.TypeError, "type __qualname__ must be a str, not " + type_name(rt, qn));
    }
    t->qualname = std::string(str_view(qn));
  } else {
    t->qualname = name;
  }
  Value mod = dict_get_str(d, rt.n.__module__);
  if (mod && is_str(rt, mod)) t->module_name = mod;
  else t->module_name = Value::borrow(rt.intern("builtins"));
  if (!dict_lookup_str(d, rt.n.__doc__)) dict_set_str(rt, d, rt.n.__doc__, rt.None());
  if (dict_lookup_str(d, rt.n.__eq__) && !dict_lookup_str(d, rt.n.__hash__)) {
    dict_set_str(rt, d, rt.n.__hash__, rt.None());
  }
  // __init_subclass__ and __class_getitem__ are implicit classmethods, __new__ a staticmethod.
  for (StrObject* nm : {rt.n.__init_subclass__, rt.n.__class_getitem__}) {
    Value* f = dict_lookup_str(d, nm);
    if (f && f->type(rt) == rt.t.function) {
      Value cm = call(rt, Value::borrow(rt.t.classmethod), {*f});
      if (!cm) return nullptr;
      dict_set_str(rt, d, nm, cm);
    }
  }
  {
    Value* f = dict_lookup_str(d, rt.n.__new__);
    if (f && f->type(rt) == rt.t.function) {
      Value sm = call(rt, Value::borrow(rt.t.staticmethod), {*f});
      if (!sm) return nullptr;
      dict_set_str(rt, d, rt.n.__new__, sm);
    }
  }
  Value cell = dict_pop_str(rt, d, rt.n.__classcell__);

  if (!class_slots(rt, t, d, as_dict(ns_v), bt)) return nullptr;

  Value mro = compute_mro(rt, t);
  if (!mro) return nullptr;
  t->mro = mro;
  // Instances get a __dict__ attribute unless a base already provides one (or __slots__ leaves
  // them without).
  if ((t->flags & (kTypeHasDict | kTypeSlotsOnly)) == kTypeHasDict && !type_lookup(t, rt.n.__dict__)) {
    add_instance_dict_descriptor(rt, t);
  }
  add_weakref_descriptor(rt, t);
  fixup_slots(rt, t);
  gc_track(rt, t);

  if (cell) {
    if (cell.type(rt) != rt.t.cell) {
      return rt.raise(rt.t.TypeError, "__classcell__ must be a nonlocal cell, not " + type_name(rt, cell));
    }
    as_cell(cell)->ref = holder;
  }

  // __set_name__ on descriptors, in definition order.
  for (int64_t pos = 0;;) {
    DictEntry* e;
    if (!dict_next(d, &pos, &e)) break;
    Value v = e->value;
    Value k = e->key;
    Object* sn = type_lookup(v.type(rt), rt.n.__set_name__);
    if (!sn) continue;
    Value args[2] = {holder, k};
    Value r = call_special(rt, sn, v, args, 2);
    if (!r) {
      // CPython 3.11 wraps the error: RuntimeError(...) from the original.
      Value cause = rt.take_error();
      std::string key = is_str(rt, k) ? std::string(str_view(k)) : "?";
      Value e = new_exception_msg(rt, rt.t.RuntimeError, "Error calling __set_name__ on '" + type_name(rt, v) +
                                                             "' instance '" + key + "' in '" + name + "'");
      if (!e) return nullptr;
      as_exc(e)->cause = cause;
      as_exc(e)->suppress_context = true;
      rt.set_error(std::move(e));
      return nullptr;
    }
  }

  // super(t, t).__init_subclass__(**kwargs)
  {
    Value sup = make_super(rt, t, holder);
    if (!sup) return nullptr;
    Value init_sub = getattr(rt, sup, rt.n.__init_subclass__);
    if (!init_sub) return nullptr;
    Value r;
    if (kwargs && as_dict(kwargs)->used > 0) {
      r = call_kw(rt, init_sub, Value::borrow(rt.empty_tuple), kwargs);
    } else {
      r = call(rt, init_sub, CallArgs{});
    }
    if (!r) return nullptr;
  }
  return holder;
}

// ---------------------------------------------------------------------------------------------
// Instantiation

Value object_new_instance(Runtime& rt, TypeObject* type) {
  Object* o = alloc_object(rt, type);
  if (type->flags & kTypeGc) gc_track(rt, o);
  return Value::steal(o);
}

Value type_call(Runtime& rt, const Value& self, CallArgs args) {
  auto* type = static_cast<TypeObject*>(self.obj());
  if (type == rt.t.type && args.nargs == 1 && args.nkw() == 0) {
    return Value::borrow(args.args[0].type(rt));
  }
  if (!type->slots.new_) {
    return rt.raise(rt.t.TypeError, "cannot create '" + type_full_name(type) + "' instances");
  }
  Value obj = type->slots.new_(rt, type, args);
  if (!obj) return nullptr;
  if (!is_subtype(obj.type(rt), type)) return obj;
  TypeObject* ot = obj.type(rt);
  if (ot->slots.init) {
    if (!ot->slots.init(rt, obj, args)) return nullptr;
  }
  return obj;
}

}  // namespace ls
