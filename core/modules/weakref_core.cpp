// _weakref: weak references (CPython's Objects/weakrefobject.c and Modules/_weakref.c). A
// weakref.ref points at its referent without owning it; the referent carries kHasWeakrefs and
// the runtime keeps, per referent, the list of its references (CPython's tp_weaklist). When the
// heap destroys the referent (object/heap.cpp), clear_weakrefs() makes each reference dead and
// calls the callbacks. weakref.py (core/modules/py/) builds proxy, WeakValueDictionary,
// WeakKeyDictionary, WeakSet and finalize on top, as CPython's Lib/weakref.py does.
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <vector>

#include "modules/stdlib.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/weakref.hpp"

namespace ls {

namespace {

struct WeakRefObject : Object {
  Object* referent;  // borrowed; null once the referent is gone
  Value callback;
  int64_t hash;      // -1 until computed
  bool hashed;
};

struct WeakState {
  TypeObject* ref_type = nullptr;
  // referent -> its references, in CPython's list order (the basic reference first, then the
  // others newest first)
  std::unordered_map<Object*, std::vector<WeakRefObject*>> table;
};

const char kStateKey[] = "_weakref.state";

WeakState* state(Runtime& rt) {
  auto it = rt.module_state.find(kStateKey);
  if (it == rt.module_state.end()) return nullptr;
  return static_cast<WeakState*>(it->second.get());
}

WeakState& ensure_state(Runtime& rt) {
  WeakState* s = state(rt);
  if (s) return *s;
  auto p = std::make_shared<WeakState>();
  s = p.get();
  rt.module_state[kStateKey] = p;
  return *s;
}

bool is_basic(const WeakState& st, const WeakRefObject* r) {
  return r->type == st.ref_type && !r->callback;
}

void unlink(Runtime& rt, WeakRefObject* r) {
  if (!r->referent) return;
  WeakState* st = state(rt);
  Object* o = r->referent;
  r->referent = nullptr;
  if (!st) return;
  auto it = st->table.find(o);
  if (it == st->table.end()) return;
  auto& v = it->second;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == r) {
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  if (v.empty()) {
    st->table.erase(it);
    o->flags &= ~kHasWeakrefs;
  }
}

// Which objects take weak references, as CPython's tp_weaklistoffset decides: instances of
// classes defined by the program (unless __slots__ leaves out __weakref__, or the class derives
// from int, tuple or bytes), and these built-in types.
bool weakrefable(Runtime& rt, TypeObject* t) {
  static const char* const kBuiltin[] = {
      "set", "frozenset", "function", "builtin_function_or_method", "type", "generator", "coroutine",
      "async_generator", "module", "code", "method", "ReferenceType", "weakref.ReferenceType",
      "_asyncio.Future", "_asyncio.Task", "collections.deque", "re.Pattern", "functools.partial",
  };
  for (TypeObject* c = t; c; c = c->base) {
    if (!(c->flags & kTypeHeapType) || (c->flags & kTypeBuiltinName)) {
      for (const char* n : kBuiltin) {
        if (c->name == n) return true;
      }
      if (c == rt.t.native_coroutine) return true;
      if (!(c->flags & kTypeHeapType)) break;
    }
  }
  if (!(t->flags & kTypeHeapType)) return false;
  if ((t->flags & kTypeIntSubclass) || (t->flags & kTypeTupleSubclass) || is_subtype(t, rt.t.bytes)) return false;
  if (!(t->flags & kTypeSlotsOnly)) return true;
  // __slots__ without __dict__: only with '__weakref__' among some class's slots
  for (TypeObject* c = t; c && (c->flags & kTypeHeapType); c = c->base) {
    Value slots = c->dict ? dict_get_str(as_dict(c->dict), rt.intern("__slots__")) : Value();
    if (!slots) continue;
    if (is_str(rt, slots)) {
      if (str_view(slots) == "__weakref__") return true;
      continue;
    }
    Value it = iter(rt, slots);
    if (!it) {
      rt.clear_error();
      continue;
    }
    for (;;) {
      Value x = next(rt, it);
      if (!x) {
        rt.clear_error();
        break;
      }
      if (is_str(rt, x) && str_view(x) == "__weakref__") return true;
    }
  }
  return false;
}

WeakRefObject* as_ref(const Value& v) { return static_cast<WeakRefObject*>(v.obj()); }

// ref.__new__(type, ob, callback=None): a basic reference (exact type, no callback) is shared.
Value ref_new(Runtime& rt, TypeObject* type, CallArgs a) {
  if (a.nargs < 1 || a.nargs > 2) {
    return rt.raise(rt.t.TypeError, a.nargs < 1 ? "__new__ expected at least 1 argument, got 0"
                                                 : "__new__ expected at most 2 arguments, got " + std::to_string(a.nargs));
  }
  Value ob = a[0];
  Value callback = a.nargs > 1 && !rt.is_none(a[1]) ? a[1] : Value();
  if (!ob.is_obj() || !weakrefable(rt, ob.type(rt))) {
    return rt.raise(rt.t.TypeError, "cannot create weak reference to '" + type_name(rt, ob) + "' object");
  }
  WeakState& st = ensure_state(rt);
  Object* o = ob.obj();
  auto& list = st.table[o];
  if (!callback && type == st.ref_type && !list.empty() && is_basic(st, list[0])) {
    return Value::borrow(list[0]);
  }
  Value self = Value::steal(alloc_object(rt, type));
  auto* r = as_ref(self);
  r->referent = o;
  r->callback = callback;
  r->hash = -1;
  r->hashed = false;
  auto& lst = st.table[o];  // (the reference above may have been invalidated by alloc)
  bool basic = is_basic(st, r);
  size_t pos = basic ? 0 : (!lst.empty() && is_basic(st, lst[0]) ? 1 : 0);
  lst.insert(lst.begin() + static_cast<std::ptrdiff_t>(pos), r);
  o->flags |= kHasWeakrefs;
  if (type->flags & kTypeGc) gc_track(rt, r);
  return self;
}

bool ref_init(Runtime& rt, const Value&, CallArgs a) {
  if (a.nargs < 1 || a.nargs > 2) {
    rt.raise(rt.t.TypeError, a.nargs < 1 ? "__init__ expected at least 1 argument, got 0"
                                          : "__init__ expected at most 2 arguments, got " + std::to_string(a.nargs));
    return false;
  }
  return true;
}

Value ref_call(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs || a.nkw()) {
    if (a.nkw()) return rt.raise(rt.t.TypeError, "weakref() takes no keyword arguments");
    return rt.raise(rt.t.TypeError, "weakref() takes exactly 0 arguments (" + std::to_string(a.nargs) + " given)");
  }
  Object* o = as_ref(self)->referent;
  if (!o) return rt.None();
  return Value::borrow(o);
}

bool ref_hash(Runtime& rt, const Value& self, int64_t* out) {
  WeakRefObject* r = as_ref(self);
  if (r->hashed) {
    *out = r->hash;
    return true;
  }
  if (!r->referent) {
    rt.raise(rt.t.TypeError, "weak object has gone away");
    return false;
  }
  int64_t h;
  if (!hash(rt, Value::borrow(r->referent), &h)) return false;
  r->hash = h;
  r->hashed = true;
  *out = h;
  return true;
}

Value ref_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  WeakState* st = state(rt);
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !st || !isinstance(rt, a, st->ref_type) ||
      !isinstance(rt, b, st->ref_type)) {
    return rt.NotImplemented();
  }
  Object* x = as_ref(a)->referent;
  Object* y = as_ref(b)->referent;
  if (!x || !y) {
    bool same = a.obj() == b.obj();
    return rt.Bool(op == CmpOp::Eq ? same : !same);
  }
  Value xv = Value::borrow(x), yv = Value::borrow(y);
  return rich_compare(rt, xv, yv, op);
}

Value ref_repr(Runtime& rt, const Value& self) {
  char buf[160];
  Object* o = as_ref(self)->referent;
  if (!o) {
    std::snprintf(buf, sizeof buf, "<weakref at %#llx; dead>", static_cast<unsigned long long>(object_id(rt, self)));
    return make_str(rt, buf);
  }
  Value ov = Value::borrow(o);
  Value name = getattr_opt(rt, ov, rt.n.__name__);
  if (!name && rt.has_error()) return nullptr;
  std::string tn = ov.type(rt)->name;
  std::snprintf(buf, sizeof buf, "<weakref at %#llx; to '", static_cast<unsigned long long>(object_id(rt, self)));
  std::string out = buf + tn;
  std::snprintf(buf, sizeof buf, "' at %#llx", static_cast<unsigned long long>(object_id(rt, ov)));
  out += buf;
  if (name && is_str(rt, name)) out += " (" + std::string(str_view(name)) + ")";
  return make_str(rt, out + ">");
}

Value ref_get_callback(Runtime& rt, const Value& self) {
  const Value& c = as_ref(self)->callback;
  return c ? c : rt.None();
}

void ref_dealloc(Object* o) {
  auto* r = static_cast<WeakRefObject*>(o);
  if (r->referent) unlink(*o->type->rt, r);
  r->callback.reset();
}
void ref_traverse(Object* o, Visitor& v) { v(static_cast<WeakRefObject*>(o)->callback); }
void ref_clear(Object* o) { static_cast<WeakRefObject*>(o)->callback.reset(); }

Value ref_class_getitem(Runtime& rt, const Value& cls, CallArgs a) {
  if (!check_nargs(rt, a, "__class_getitem__", 1, 1)) return nullptr;
  return make_generic_alias(rt, cls, a[0]);
}

const MethodDef kRefMethods[] = {{"__class_getitem__", ref_class_getitem, kMethClass}, {nullptr, nullptr}};
const GetSetDef kRefGetSets[] = {{"__callback__", ref_get_callback}, {nullptr, nullptr}};

std::vector<WeakRefObject*>* refs_of(Runtime& rt, const Value& ob) {
  if (!ob.is_obj() || !(ob.obj()->flags & kHasWeakrefs)) return nullptr;
  WeakState* st = state(rt);
  if (!st) return nullptr;
  auto it = st->table.find(ob.obj());
  return it == st->table.end() ? nullptr : &it->second;
}

Value w_getweakrefcount(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "getweakrefcount", 1, 1)) return nullptr;
  auto* v = refs_of(rt, a[0]);
  return Value::small(v ? static_cast<int64_t>(v->size()) : 0);
}

Value w_getweakrefs(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "getweakrefs", 1, 1)) return nullptr;
  Ref<ListObject> l = new_list(rt);
  if (auto* v = refs_of(rt, a[0])) {
    for (WeakRefObject* r : *v) list_append(rt, l.get(), Value::borrow(r));
  }
  return std::move(l).value();
}

Value get_weakref_attr(Runtime& rt, const Value& self) {
  if (auto* v = refs_of(rt, self); v && !v->empty()) return Value::borrow((*v)[0]);
  return rt.None();
}

const GetSetDef kWeakrefGetSet[] = {{"__weakref__", get_weakref_attr}, {nullptr, nullptr}};

// Whether `t`'s weak reference list comes from a built-in type among its bases (set, function...):
// a class deriving from one adds no __weakref__ of its own.
bool builtin_base_weakrefable(Runtime& rt, TypeObject* t) {
  for (TypeObject* c = t->base; c; c = c->base) {
    if (!(c->flags & kTypeHeapType)) return c != rt.t.object && weakrefable(rt, c);
  }
  return false;
}

}  // namespace

void add_weakref_descriptor(Runtime& rt, TypeObject* t) {
  if (!weakrefable(rt, t) || builtin_base_weakrefable(rt, t)) return;
  for (TypeObject* c = t->base; c; c = c->base) {
    if (c->dict && dict_get_str(as_dict(c->dict), rt.intern("__weakref__"))) return;
  }
  add_getsets(rt, t, kWeakrefGetSet);
}

void clear_weakrefs(Runtime& rt, Object* o) {
  o->flags &= ~kHasWeakrefs;
  WeakState* st = state(rt);
  if (!st) return;
  auto it = st->table.find(o);
  if (it == st->table.end()) return;
  std::vector<WeakRefObject*> refs = std::move(it->second);
  st->table.erase(it);
  // Clear them all first, then call the callbacks (each keeps its reference alive meanwhile).
  std::vector<std::pair<Value, Value>> calls;
  for (WeakRefObject* r : refs) {
    r->referent = nullptr;
    if (r->callback && r->refcnt > 0) calls.emplace_back(Value::borrow(r), r->callback);
  }
  if (calls.empty()) return;
  Value saved = rt.take_error();
  for (auto& [ref, cb] : calls) {
    Value res = call(rt, cb, {ref});
    if (!res) report_unraisable(rt, "Exception ignored in: ", cb);
  }
  rt.exc = std::move(saved);
}

bool gc_handle_weakrefs(Runtime& rt, GCHead* garbage, bool (*in_garbage)(Object*)) {
  WeakState* st = state(rt);
  if (!st || st->table.empty()) return false;
  std::vector<std::pair<Value, Value>> calls;
  for (GCHead* h = garbage->next; h != garbage; h = h->next) {
    Object* o = gc_object(h);
    // A weak reference that is garbage itself is cleared: its callback never runs.
    if (st->ref_type && is_subtype(o->type, st->ref_type)) unlink(rt, static_cast<WeakRefObject*>(o));
    if (!(o->flags & kHasWeakrefs)) continue;
    o->flags &= ~kHasWeakrefs;
    auto it = st->table.find(o);
    if (it == st->table.end()) continue;
    std::vector<WeakRefObject*> refs = std::move(it->second);
    st->table.erase(it);
    for (WeakRefObject* r : refs) {
      r->referent = nullptr;
      if (!r->callback || r->refcnt == 0 || in_garbage(r)) continue;
      calls.emplace_back(Value::borrow(r), r->callback);
    }
  }
  if (calls.empty()) return false;
  Value saved = rt.take_error();
  for (auto& [ref, cb] : calls) {
    Value res = call(rt, cb, {ref});
    if (!res) report_unraisable(rt, "Exception ignored in: ", cb);
    ref.reset();
    cb.reset();
  }
  rt.exc = std::move(saved);
  return true;
}

Value make_weakref_core_module(Runtime& rt) {
  WeakState& st = ensure_state(rt);
  if (!st.ref_type) {
    TypeSlots s;
    s.dealloc = ref_dealloc;
    s.traverse = ref_traverse;
    s.clear = ref_clear;
    s.new_ = ref_new;
    s.init = ref_init;
    s.call = ref_call;
    s.hash = ref_hash;
    s.compare = ref_compare;
    s.repr = ref_repr;
    st.ref_type = make_builtin_type(rt,
                                    TypeSpec{"weakref.ReferenceType", nullptr, sizeof(WeakRefObject),
                                             kTypeGc | kTypeBaseType, kRefMethods, kRefGetSets, "weakref"},
                                    s);
    add_slot_wrappers(rt, st.ref_type);
  }
  Value m = make_module(rt, "_weakref");
  module_add(rt, m, "ref", Value::borrow(st.ref_type));
  module_add(rt, m, "ReferenceType", Value::borrow(st.ref_type));
  module_add_function(rt, m, "getweakrefcount", w_getweakrefcount);
  module_add_function(rt, m, "getweakrefs", w_getweakrefs);
  return m;
}

}  // namespace ls
