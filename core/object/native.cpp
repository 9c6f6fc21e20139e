// Built-in callables: builtin_function_or_method, method_descriptor, classmethod_descriptor,
// getset_descriptor and wrapper_descriptor (dunder slots exposed as methods), plus the helpers
// used to define built-in types and parse arguments.
#include "object/native.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>

#include "object/class.hpp"
#include "object/container_util.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

size_t CallArgs::nkw() const { return kwnames ? static_cast<size_t>(kwnames->size) : 0; }

// ---------------------------------------------------------------------------------------------
// Type construction

static void inherit_slots(TypeSlots& s, const TypeSlots& b) {
#define INH(f) \
  if (!s.f) s.f = b.f;
  INH(dealloc) INH(traverse) INH(clear) INH(finalize) INH(repr) INH(str) INH(truth) INH(len)
  INH(getattr) INH(setattr) INH(call) INH(new_) INH(init) INH(descr_get) INH(descr_set) INH(getitem)
  INH(setitem) INH(contains) INH(iter) INH(next) INH(pow3) INH(index) INH(to_int) INH(to_float)
  INH(await) INH(aiter) INH(anext) INH(send) INH(throw_)
#undef INH
  if (!s.compare && !s.hash) {
    s.compare = b.compare;
    s.hash = b.hash;
  }
  for (int i = 0; i < static_cast<int>(BinOp::Count); ++i) {
    if (!s.binop[i]) s.binop[i] = b.binop[i];
    if (!s.inplace[i]) s.inplace[i] = b.inplace[i];
  }
  for (int i = 0; i < static_cast<int>(UnOp::Count); ++i) {
    if (!s.unop[i]) s.unop[i] = b.unop[i];
  }
}

TypeObject* make_builtin_type(Runtime& rt, const TypeSpec& spec, const TypeSlots& slots) {
  auto* t = static_cast<TypeObject*>(alloc_object(rt, rt.t.type));
  new (t) TypeObject;  // default-init: keeps the header alloc_object wrote
  t->rt = &rt;
  TypeObject* base = spec.base ? spec.base : rt.t.object;
  t->base = base;
  t->basicsize = static_cast<uint32_t>(spec.basicsize);
  uint32_t flags = spec.flags | kTypeImmutable;
  flags |= base->flags & (kTypeIsException | kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                          kTypeListSubclass | kTypeDictSubclass | kTypeTypeSubclass);
  if (base->flags & kTypeGc) flags |= kTypeGc;
  if (base->flags & kTypeHasDict) flags |= kTypeHasDict;
  t->flags = static_cast<TypeFlags>(flags);
  t->solid = (spec.basicsize == base->basicsize && base->solid) ? base->solid : t;
  t->slots = slots;
  inherit_slots(t->slots, base->slots);
  if (base == rt.t.object && !slots.new_ && !slots.init) {
    // CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION: a built-in deriving from object that sets
    // no tp_new (a coroutine, an iterator, a dict view) cannot be created from Python.
    t->slots.new_ = nullptr;
  }
  t->version = rt.next_type_version++;
  rt.static_types.push_back(t);
  if (rt.t.dict) {
    t->dict = new_dict(rt).value();
  }
  if (rt.t.tuple && base->mro) {
    t->bases = make_tuple(rt, {Value::borrow(base)});
    TupleObject* bm = as_tuple(base->mro);
    Ref<TupleObject> mro = new_tuple(rt, bm->size + 1);
    (*mro)[0] = Value::borrow(t);
    for (int64_t i = 0; i < bm->size; ++i) (*mro)[i + 1] = (*bm)[i];
    t->mro = std::move(mro).value();
    base->subclasses.push_back(t);
  }
  // A dotted name ("_asyncio.Task") is a tp_name: its module prefix is the type's __module__.
  if (rt.t.str && std::strchr(spec.name, '.')) {
    set_builtin_type_name(rt, t, spec.name);
  } else {
    t->name = spec.name;
    t->qualname = spec.name;
    if (rt.t.str) t->module_name = make_str(rt, spec.module ? spec.module : "builtins");
  }
  if (t->dict) {
    if (spec.methods) add_methods(rt, t, spec.methods);
    if (spec.getsets) add_getsets(rt, t, spec.getsets);
    ensure_type_doc(rt, t);
  }
  return t;
}

// CPython gives every type a __doc__ in its dict (tp_doc, or None), so an instance never reads
// object's docstring through the MRO (pydoc's object.__getattribute__(x, '__doc__') included).
void ensure_type_doc(Runtime& rt, TypeObject* t) {
  if (!t->dict || !rt.t.none || t == rt.t.object || t == rt.t.type) return;
  DictObject* d = as_dict(t->dict);
  if (!dict_get_str(d, rt.n.__doc__)) dict_set_str(rt, d, rt.n.__doc__, rt.None());
}

static void dict_put(Runtime& rt, TypeObject* type, const char* name, Value v) {
  dict_set_str(rt, as_dict(type->dict), rt.intern(name), std::move(v));
  type_modified(rt, type);
}

void set_type_attr(Runtime& rt, TypeObject* type, const char* name, Value v) { dict_put(rt, type, name, std::move(v)); }

void add_methods(Runtime& rt, TypeObject* type, const MethodDef* methods) {
  for (const MethodDef* m = methods; m && m->name; ++m) {
    Value v;
    if (m->flags & kMethStatic) {
      v = make_builtin_function(rt, m->name, m->fn, nullptr, type);
    } else {
      auto* d = alloc<MethodDescrObject>(rt, (m->flags & kMethClass) ? rt.t.classmethod_descriptor : rt.t.method_descriptor);
      d->def = m;
      d->owner = type;
      v = Value::steal(d);
    }
    dict_put(rt, type, m->name, std::move(v));
  }
}

void add_getsets(Runtime& rt, TypeObject* type, const GetSetDef* getsets) {
  for (const GetSetDef* g = getsets; g && g->name; ++g) {
    auto* d = alloc<GetSetDescrObject>(rt, rt.t.getset_descriptor);
    d->def = g;
    d->owner = type;
    dict_put(rt, type, g->name, Value::steal(d));
  }
}

// ---------------------------------------------------------------------------------------------
// builtin_function_or_method

// Natives standing for Python-level functions of CPython (`def` / `async def` in its Lib/).
// Function pointers: the same in every Runtime, so one registry serves them all.
enum class PyNativeKind { Def, AsyncDef };
static std::vector<std::pair<NativeFn, PyNativeKind>>& python_natives() {
  static std::vector<std::pair<NativeFn, PyNativeKind>> fns;
  return fns;
}

static void mark_native(NativeFn fn, PyNativeKind kind) {
  auto& v = python_natives();
  auto it = std::find_if(v.begin(), v.end(), [&](const auto& e) { return e.first == fn; });
  if (it == v.end()) v.emplace_back(fn, kind);
  else if (kind == PyNativeKind::AsyncDef) it->second = kind;
}

void mark_python_native(NativeFn fn) { mark_native(fn, PyNativeKind::Def); }
void mark_coroutine_native(NativeFn fn) { mark_native(fn, PyNativeKind::AsyncDef); }

static const std::pair<NativeFn, PyNativeKind>* find_python_native(NativeFn fn) {
  auto& v = python_natives();
  auto it = std::find_if(v.begin(), v.end(), [&](const auto& e) { return e.first == fn; });
  return it == v.end() ? nullptr : &*it;
}

static NativeFn native_fn_of(const Runtime& rt, const Value& v) {
  if (!v.is_obj()) return nullptr;
  if (v.obj()->type == rt.t.builtin_function) return static_cast<BuiltinFunctionObject*>(v.obj())->fn;
  if (v.obj()->type == rt.t.method_descriptor) return static_cast<MethodDescrObject*>(v.obj())->def->fn;
  return nullptr;
}

bool is_coroutine_native(Runtime& rt, const Value& v) {
  NativeFn fn = native_fn_of(rt, v);
  auto* e = fn ? find_python_native(fn) : nullptr;
  return e && e->second == PyNativeKind::AsyncDef;
}

bool is_python_native(const Runtime& rt, const Value& v) {
  NativeFn fn = native_fn_of(rt, v);
  return fn && find_python_native(fn);
}

const std::string* python_native_type_name(const Runtime& rt, const Value& v) {
  static const std::string kFunction = "function", kMethod = "method";
  if (!is_python_native(rt, v)) return nullptr;
  if (v.obj()->type == rt.t.builtin_function) {
    const Value& self = static_cast<BuiltinFunctionObject*>(v.obj())->self;
    if (self && self.type(rt) != rt.t.module) return &kMethod;
  }
  return &kFunction;
}

// A native standing for a Python function failed: CPython's frame of that function, referenced
// by the exception's traceback, would keep the call's arguments alive until the exception goes
// (a rejected coroutine is then reported "never awaited" where the except block ends). An
// argument-binding error is raised before any frame exists, as for C builtins.
[[gnu::cold, gnu::noinline]] static void keep_call_frame(Runtime& rt, NativeFn fn, const Value& self, CallArgs args) {
  if (!rt.has_error() || !find_python_native(fn) || !is_exception_instance(rt.exc)) return;
  if (as_exc(rt.exc)->arg_binding_error) return;
  as_exc(rt.exc)->hidden_python_frames = true;
  std::vector<Value> locals;
  if (self && self.type(rt) != rt.t.module) locals.push_back(self);
  for (size_t i = 0; i < args.nargs; ++i) locals.push_back(args.args[i]);
  for (size_t k = 0; k < args.nkw(); ++k) locals.push_back(args.kwvalues()[k]);
  if (locals.empty()) return;
  exception_keep_frame(rt, rt.exc, make_tuple(rt, locals.data(), static_cast<int64_t>(locals.size())));
}

// Argument parsing failed: marks the pending error so that keep_call_frame leaves it alone.
void mark_binding_error(Runtime& rt) {
  if (is_exception_instance(rt.exc)) as_exc(rt.exc)->arg_binding_error = true;
}

Value make_builtin_function(Runtime& rt, const char* name, NativeFn fn, Value self, TypeObject* owner) {
  auto* f = alloc<BuiltinFunctionObject>(rt, rt.t.builtin_function);
  f->name = name;
  f->fn = fn;
  f->self = std::move(self);
  f->owner = owner;
  if (f->self) gc_track(rt, f);
  return Value::steal(f);
}

static void bf_dealloc(Object* o) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  f->self.reset();
  f->module_name.reset();
}
static void bf_traverse(Object* o, Visitor& v) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  v(f->self);
}
static void bf_clear(Object* o) { static_cast<BuiltinFunctionObject*>(o)->self.reset(); }

static Value bf_call(Runtime& rt, const Value& self, CallArgs args) {
  auto* f = static_cast<BuiltinFunctionObject*>(self.obj());
  Value r = f->fn(rt, f->self, args);
  if (!r) [[unlikely]] keep_call_frame(rt, f->fn, f->self, args);
  return r;
}

static Value bf_repr(Runtime& rt, const Value& self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self.obj());
  if (!f->self || f->self.type(rt) == rt.t.module) {
    if (is_python_native(rt, self)) {
      // A function CPython writes in Python (asyncio.sleep, gather, run...): function.__repr__.
      char at[48];
      std::snprintf(at, sizeof at, " at %#llx>", static_cast<unsigned long long>(object_id(rt, self)));
      std::string q = f->owner ? f->owner->qualname + "." + f->name : std::string(f->name);
      return make_str(rt, "<function " + q + at);
    }
    return make_str(rt, std::string("<built-in function ") + f->name + ">");
  }
  if (is_python_native(rt, self)) {
    // A method CPython writes in Python (Queue.put, Lock.acquire...) bound to its object: method.__repr__,
    // "<bound method DefiningClass.name of repr(self)>".
    Value r = repr(rt, f->self);
    if (!r) return nullptr;
    std::string q = f->owner ? f->owner->qualname + "." + f->name : std::string(f->name);
    return make_str(rt, "<bound method " + q + " of " + std::string(str_view(r)) + ">");
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, " at %#llx>", static_cast<unsigned long long>(object_id(rt, f->self)));
  if (isinstance(rt, f->self, rt.t.type)) {
    return make_str(rt, std::string("<built-in method ") + f->name + " of type object" + buf);
  }
  return make_str(rt, std::string("<built-in method ") + f->name + " of " + type_name(rt, f->self) + " object" + buf);
}

static Value bf_get_name(Runtime& rt, const Value& self) {
  return make_str(rt, static_cast<BuiltinFunctionObject*>(self.obj())->name);
}
static Value bf_get_qualname(Runtime& rt, const Value& self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self.obj());
  if (f->owner) return make_str(rt, f->owner->qualname + "." + f->name);
  return make_str(rt, f->name);
}
static Value bf_get_self(Runtime& rt, const Value& self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self.obj());
  return f->self ? f->self : rt.None();
}
static Value bf_get_module(Runtime& rt, const Value& self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self.obj());
  if (f->module_name) return f->module_name;
  if (f->self && f->self.type(rt) == rt.t.module) return getattr(rt, f->self, rt.n.__name__);
  return rt.None();
}
static Value bf_get_doc(Runtime& rt, const Value&) { return rt.None(); }

// CPython's meth_reduce: a module-level function pickles as its name (a global), a method as
// getattr(self, name).
static Value bf_m_reduce(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__reduce__", 0, 0)) return nullptr;
  auto* f = static_cast<BuiltinFunctionObject*>(self.obj());
  if (!f->self || f->self.type(rt) == rt.t.module) return make_str(rt, f->name);
  Value getattr_fn = getattr(rt, Value::borrow(rt.builtins_module), "getattr");
  if (!getattr_fn) return nullptr;
  Value args = make_tuple(rt, {f->self, make_str(rt, f->name)});
  if (!args) return nullptr;
  return make_tuple(rt, {getattr_fn, args});
}
static const MethodDef kBuiltinFunctionMethods[] = {{"__reduce__", bf_m_reduce}, {nullptr, nullptr}};

static const GetSetDef kBuiltinFunctionGetSets[] = {
    {"__name__", bf_get_name},     {"__qualname__", bf_get_qualname}, {"__self__", bf_get_self},
    {"__module__", bf_get_module}, {"__doc__", bf_get_doc},           {nullptr, nullptr},
};

static bool identity_hash(Runtime& rt, const Value& v, int64_t* out) {
  uint64_t id = static_cast<uint64_t>(object_id(rt, v));
  int64_t h = static_cast<int64_t>((id >> 4) | (id << 60));
  *out = h == -1 ? -2 : h;
  return true;
}

static Value bf_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type(rt) != rt.t.builtin_function) return rt.NotImplemented();
  auto* x = static_cast<BuiltinFunctionObject*>(a.obj());
  auto* y = static_cast<BuiltinFunctionObject*>(b.obj());
  bool eq = x->fn == y->fn && x->self.is(y->self);
  return rt.Bool(op == CmpOp::Eq ? eq : !eq);
}

// ---------------------------------------------------------------------------------------------
// method_descriptor / classmethod_descriptor

static std::string descr_owner_name(const MethodDescrObject* d) { return d->owner->name; }

static Value md_get(Runtime& rt, const Value& self, const Value& obj, const Value& type) {
  auto* d = static_cast<MethodDescrObject*>(self.obj());
  if (d->def->flags & kMethClass) {
    Value t = type && !rt.is_none(type) ? type : Value::borrow(obj.type(rt));
    return make_builtin_function(rt, d->def->name, d->def->fn, t, d->owner);
  }
  // No instance (class attribute access) is a null obj; None is an instance like any other.
  if (!obj) return self;
  return make_builtin_function(rt, d->def->name, d->def->fn, obj, d->owner);
}

static Value call_method_def(Runtime& rt, const MethodDef* def, const Value& self, CallArgs args) {
  Value r = def->fn(rt, self, args);
  if (!r) [[unlikely]] keep_call_frame(rt, def->fn, self, args);
  return r;
}

static Value md_call(Runtime& rt, const Value& self, CallArgs args) {
  auto* d = static_cast<MethodDescrObject*>(self.obj());
  if (d->def->flags & kMethClass) {
    if (args.nargs < 1) {
      return rt.raise(rt.t.TypeError, "descriptor '" + std::string(d->def->name) + "' of '" +
                                          descr_owner_name(d) + "' object needs an argument");
    }
    return call_method_def(rt, d->def, args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
  }
  if (args.nargs < 1) {
    return rt.raise(rt.t.TypeError, "unbound method " + descr_owner_name(d) + "." + d->def->name +
                                        "() needs an argument");
  }
  if (!isinstance(rt, args[0], d->owner)) {
    return rt.raise(rt.t.TypeError, "descriptor '" + std::string(d->def->name) + "' for '" + descr_owner_name(d) +
                                        "' objects doesn't apply to a '" + type_name(rt, args[0]) + "' object");
  }
  return call_method_def(rt, d->def, args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

static Value md_repr(Runtime& rt, const Value& self) {
  auto* d = static_cast<MethodDescrObject*>(self.obj());
  if (is_python_native(rt, self)) {
    // A method CPython writes in Python (Queue.put, Lock.acquire...): the plain function's repr.
    char at[48];
    std::snprintf(at, sizeof at, " at %#llx>", static_cast<unsigned long long>(object_id(rt, self)));
    return make_str(rt, "<function " + d->owner->qualname + "." + d->def->name + at);
  }
  return make_str(rt, "<method '" + std::string(d->def->name) + "' of '" + descr_owner_name(d) + "' objects>");
}

static Value md_get_name(Runtime& rt, const Value& self) {
  return make_str(rt, static_cast<MethodDescrObject*>(self.obj())->def->name);
}
static Value md_get_qualname(Runtime& rt, const Value& self) {
  auto* d = static_cast<MethodDescrObject*>(self.obj());
  return make_str(rt, d->owner->qualname + "." + d->def->name);
}
static Value md_get_objclass(Runtime&, const Value& self) {
  return Value::borrow(static_cast<MethodDescrObject*>(self.obj())->owner);
}

static const GetSetDef kMethodDescrGetSets[] = {
    {"__name__", md_get_name},
    {"__qualname__", md_get_qualname},
    {"__objclass__", md_get_objclass},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// getset_descriptor

static Value gs_get(Runtime& rt, const Value& self, const Value& obj, const Value&) {
  auto* d = static_cast<GetSetDescrObject*>(self.obj());
  if (!obj) return self;
  if (!isinstance(rt, obj, d->owner)) {
    return rt.raise(rt.t.TypeError, "descriptor '" + std::string(d->def->name) + "' for '" + d->owner->name +
                                        "' objects doesn't apply to a '" + type_name(rt, obj) + "' object");
  }
  return d->def->get(rt, obj);
}

static bool gs_set(Runtime& rt, const Value& self, const Value& obj, const Value& v) {
  auto* d = static_cast<GetSetDescrObject*>(self.obj());
  if (!d->def->set) {
    if (!v) {
      rt.raise(rt.t.AttributeError, "attribute '" + std::string(d->def->name) + "' of '" + d->owner->name +
                                        "' objects is not writable");
    } else {
      rt.raise(rt.t.AttributeError, "attribute '" + std::string(d->def->name) + "' of '" + d->owner->name +
                                        "' objects is not writable");
    }
    return false;
  }
  return d->def->set(rt, obj, v);
}

static Value gs_repr(Runtime& rt, const Value& self) {
  auto* d = static_cast<GetSetDescrObject*>(self.obj());
  return make_str(rt, "<attribute '" + std::string(d->def->name) + "' of '" + d->owner->name + "' objects>");
}

// __doc__: CPython's subtype getsets document a class's __dict__ and __weakref__; LoopScope's
// built-in getsets carry no docstrings (None, not object's docstring found through the type).
static Value gs_get_doc(Runtime& rt, const Value& self) {
  auto* d = static_cast<GetSetDescrObject*>(self.obj());
  if (d->owner && (d->owner->flags & kTypeHeapType)) {
    std::string_view n = d->def->name;
    if (n == "__dict__") return make_str(rt, "dictionary for instance variables");
    if (n == "__weakref__") return make_str(rt, "list of weak references to the object");
  }
  return rt.None();
}
static const GetSetDef kGetSetDescrGetSets[] = {{"__doc__", gs_get_doc}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// wrapper_descriptor: a dunder of a built-in type, backed by its slot.

enum class SlotKind : uint8_t {
  Init, New, Repr, Str, Hash, Lt, Le, Eq, Ne, Gt, Ge, GetAttribute, SetAttr, DelAttr, Call, Len,
  GetItem, SetItem, DelItem, Contains, Iter, Next, Get, Set, Delete, Bool, Index, Int, Float,
  Await, AIter, ANext, Del, Binop, RBinop, IBinop, Unop,
};

struct SlotWrapperObject : Object {
  TypeObject* owner;
  const char* name;
  SlotKind kind;
  uint8_t op;  // BinOp / UnOp index
};

static Value sw_repr(Runtime& rt, const Value& self) {
  auto* w = static_cast<SlotWrapperObject*>(self.obj());
  return make_str(rt, "<slot wrapper '" + std::string(w->name) + "' of '" + w->owner->name + "' objects>");
}

static Value sw_get(Runtime& rt, const Value& self, const Value& obj, const Value&) {
  auto* w = static_cast<SlotWrapperObject*>(self.obj());
  if (!obj || w->kind == SlotKind::New) return self;
  return make_method_wrapper(rt, self, obj);
}

static Value sw_get_name(Runtime& rt, const Value& self) {
  return make_str(rt, static_cast<SlotWrapperObject*>(self.obj())->name);
}
static Value sw_get_qualname(Runtime& rt, const Value& self) {
  auto* w = static_cast<SlotWrapperObject*>(self.obj());
  return make_str(rt, w->owner->qualname + "." + w->name);
}
static Value sw_get_objclass(Runtime&, const Value& self) {
  return Value::borrow(static_cast<SlotWrapperObject*>(self.obj())->owner);
}
static const GetSetDef kSlotWrapperGetSets[] = {
    {"__name__", sw_get_name}, {"__qualname__", sw_get_qualname}, {"__objclass__", sw_get_objclass}, {nullptr, nullptr}};

static Value none_or(Runtime& rt, bool ok) { return ok ? rt.None() : Value(); }

static Value sw_call(Runtime& rt, const Value& self, CallArgs args) {
  auto* w = static_cast<SlotWrapperObject*>(self.obj());
  const TypeSlots& s = w->owner->slots;
  if (args.nargs < 1) {
    return rt.raise(rt.t.TypeError, "descriptor '" + std::string(w->name) + "' of '" + w->owner->name +
                                        "' object needs an argument");
  }
  const Value& me = args[0];
  CallArgs rest{args.args + 1, args.nargs - 1, args.kwnames};
  if (w->kind == SlotKind::New) {
    if (!isinstance(rt, me, rt.t.type)) {
      return rt.raise(rt.t.TypeError, w->owner->name + ".__new__(X): X is not a type object (" +
                                          type_name(rt, me) + ")");
    }
    auto* sub = static_cast<TypeObject*>(me.obj());
    if (!is_subtype(sub, w->owner)) {
      return rt.raise(rt.t.TypeError, w->owner->name + ".__new__(" + sub->name + "): " + sub->name +
                                          " is not a subtype of " + w->owner->name);
    }
    // CPython's tp_new_wrapper: the most derived base without a Python __new__ must create its
    // instances with this very __new__ (object.__new__(coroutine) would skip its set-up).
    TypeObject* staticbase = sub;
    while (staticbase && type_has_python_new(staticbase)) staticbase = staticbase->base;
    if (staticbase && staticbase->slots.new_ != s.new_) {
      return rt.raise(rt.t.TypeError, w->owner->name + ".__new__(" + sub->name + ") is not safe, use " +
                                          staticbase->name + ".__new__()");
    }
    return s.new_(rt, sub, rest);
  }
  if (!isinstance(rt, me, w->owner)) {
    return rt.raise(rt.t.TypeError, "descriptor '" + std::string(w->name) + "' requires a '" + w->owner->name +
                                        "' object but received a '" + type_name(rt, me) + "'");
  }
  auto need = [&](size_t n) -> bool {
    if (rest.nargs != n || rest.nkw() != 0) {
      rt.raise(rt.t.TypeError, "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " +
                                   std::to_string(rest.nargs));
      return false;
    }
    return true;
  };
  switch (w->kind) {
    case SlotKind::Init: return none_or(rt, s.init(rt, me, rest));
    case SlotKind::Repr: return need(0) ? s.repr(rt, me) : Value();
    case SlotKind::Str: return need(0) ? s.str(rt, me) : Value();
    case SlotKind::Hash: {
      if (!need(0)) return nullptr;
      int64_t h;
      if (!s.hash(rt, me, &h)) return nullptr;
      return make_int(rt, h);  // hashes use all 64 bits: not always a small int
    }
    case SlotKind::Lt: case SlotKind::Le: case SlotKind::Eq: case SlotKind::Ne: case SlotKind::Gt:
    case SlotKind::Ge:
      if (!need(1)) return nullptr;
      return s.compare(rt, me, rest[0], static_cast<CmpOp>(static_cast<int>(w->kind) - static_cast<int>(SlotKind::Lt)));
    case SlotKind::GetAttribute: {
      if (!need(1)) return nullptr;
      if (!is_str(rt, rest[0])) {
        return rt.raise(rt.t.TypeError, "attribute name must be string, not '" + type_name(rt, rest[0]) + "'");
      }
      return s.getattr(rt, me, rt.intern(str_view(rest[0])));
    }
    case SlotKind::SetAttr: {
      if (!need(2)) return nullptr;
      if (!is_str(rt, rest[0])) {
        return rt.raise(rt.t.TypeError, "attribute name must be string, not '" + type_name(rt, rest[0]) + "'");
      }
      return none_or(rt, s.setattr(rt, me, rt.intern(str_view(rest[0])), rest[1]));
    }
    case SlotKind::DelAttr: {
      if (!need(1)) return nullptr;
      if (!is_str(rt, rest[0])) {
        return rt.raise(rt.t.TypeError, "attribute name must be string, not '" + type_name(rt, rest[0]) + "'");
      }
      return none_or(rt, s.setattr(rt, me, rt.intern(str_view(rest[0])), nullptr));
    }
    case SlotKind::Call: return s.call(rt, me, rest);
    case SlotKind::Len: {
      if (!need(0)) return nullptr;
      int64_t n = s.len(rt, me);
      return n < 0 ? Value() : Value::small(n);
    }
    case SlotKind::GetItem: return need(1) ? s.getitem(rt, me, rest[0]) : Value();
    case SlotKind::SetItem: return need(2) ? none_or(rt, s.setitem(rt, me, rest[0], rest[1])) : Value();
    case SlotKind::DelItem: return need(1) ? none_or(rt, s.setitem(rt, me, rest[0], nullptr)) : Value();
    case SlotKind::Contains: {
      if (!need(1)) return nullptr;
      int r = s.contains(rt, me, rest[0]);
      return r < 0 ? Value() : rt.Bool(r);
    }
    case SlotKind::Iter: return need(0) ? s.iter(rt, me) : Value();
    case SlotKind::Next: {
      if (!need(0)) return nullptr;
      Value r = s.next(rt, me);
      if (!r && !rt.has_error()) return rt.raise_value(Value::borrow(rt.t.StopIteration));
      return r;
    }
    case SlotKind::Get:
      if (rest.nargs < 1 || rest.nargs > 2) return rt.raise(rt.t.TypeError, "expected 1 or 2 arguments");
    {
      // wrap_descr_get: None stands for a missing object or type, and one of them is needed.
      Value obj = rt.is_none(rest[0]) ? Value() : rest[0];
      Value type = rest.nargs > 1 && !rt.is_none(rest[1]) ? rest[1] : Value();
      if (!obj && !type) return rt.raise(rt.t.TypeError, "__get__(None, None) is invalid");
      return s.descr_get(rt, me, obj, type);
    }
    case SlotKind::Set: return need(2) ? none_or(rt, s.descr_set(rt, me, rest[0], rest[1])) : Value();
    case SlotKind::Delete: return need(1) ? none_or(rt, s.descr_set(rt, me, rest[0], nullptr)) : Value();
    case SlotKind::Bool: {
      if (!need(0)) return nullptr;
      int r = s.truth(rt, me);
      return r < 0 ? Value() : rt.Bool(r);
    }
    case SlotKind::Index: return need(0) ? s.index(rt, me) : Value();
    case SlotKind::Int: return need(0) ? s.to_int(rt, me) : Value();
    case SlotKind::Float: return need(0) ? s.to_float(rt, me) : Value();
    case SlotKind::Await: return need(0) ? s.await(rt, me) : Value();
    case SlotKind::AIter: return need(0) ? s.aiter(rt, me) : Value();
    case SlotKind::ANext: return need(0) ? s.anext(rt, me) : Value();
    case SlotKind::Del:
      if (!need(0)) return nullptr;
      if (s.finalize) s.finalize(rt, me.obj());
      return rt.None();
    case SlotKind::Binop: return need(1) ? s.binop[w->op](rt, me, rest[0]) : Value();
    case SlotKind::RBinop: return need(1) ? s.binop[w->op](rt, rest[0], me) : Value();
    case SlotKind::IBinop: return need(1) ? s.inplace[w->op](rt, me, rest[0]) : Value();
    case SlotKind::Unop: return need(0) ? s.unop[w->op](rt, me) : Value();
    case SlotKind::New: break;
  }
  return rt.raise(rt.t.SystemError, "bad slot wrapper");
}

static void add_wrapper(Runtime& rt, TypeObject* t, const char* name, SlotKind kind, uint8_t op = 0) {
  StrObject* key = rt.intern(name);
  if (dict_lookup_str(as_dict(t->dict), key)) return;
  auto* w = alloc<SlotWrapperObject>(rt, rt.t.slot_wrapper);
  w->owner = t;
  w->name = name;
  w->kind = kind;
  w->op = op;
  dict_set_str(rt, as_dict(t->dict), key, Value::steal(w));
}

// Exposes the slots a built-in type defines itself (not inherited) as dunder methods, so that
// `super().__init__(...)`, `object.__setattr__(self, ...)` and `int.__add__(1, 2)` work.
void add_slot_wrappers(Runtime& rt, TypeObject* t) {
  const TypeSlots& s = t->slots;
  // Unhashable built-ins say so in their dict (list.__hash__ is None), as collections.abc checks.
  if (s.hash == hash_not_implemented && !dict_lookup_str(as_dict(t->dict), rt.n.__hash__)) {
    dict_set_str(rt, as_dict(t->dict), rt.n.__hash__, rt.None());
  }
  const TypeSlots* b = t->base ? &t->base->slots : nullptr;
  auto own = [&](auto TypeSlots::*field) { return (s.*field) && (!b || (b->*field) != (s.*field)); };
  if (own(&TypeSlots::init)) add_wrapper(rt, t, "__init__", SlotKind::Init);
  if (own(&TypeSlots::new_)) add_wrapper(rt, t, "__new__", SlotKind::New);
  if (own(&TypeSlots::repr)) add_wrapper(rt, t, "__repr__", SlotKind::Repr);
  if (own(&TypeSlots::str)) add_wrapper(rt, t, "__str__", SlotKind::Str);
  if (own(&TypeSlots::hash)) add_wrapper(rt, t, "__hash__", SlotKind::Hash);
  if (own(&TypeSlots::compare)) {
    add_wrapper(rt, t, "__lt__", SlotKind::Lt);
    add_wrapper(rt, t, "__le__", SlotKind::Le);
    add_wrapper(rt, t, "__eq__", SlotKind::Eq);
    add_wrapper(rt, t, "__ne__", SlotKind::Ne);
    add_wrapper(rt, t, "__gt__", SlotKind::Gt);
    add_wrapper(rt, t, "__ge__", SlotKind::Ge);
  }
  if (own(&TypeSlots::getattr)) add_wrapper(rt, t, "__getattribute__", SlotKind::GetAttribute);
  if (own(&TypeSlots::setattr)) {
    add_wrapper(rt, t, "__setattr__", SlotKind::SetAttr);
    add_wrapper(rt, t, "__delattr__", SlotKind::DelAttr);
  }
  if (own(&TypeSlots::call)) add_wrapper(rt, t, "__call__", SlotKind::Call);
  if (own(&TypeSlots::len)) add_wrapper(rt, t, "__len__", SlotKind::Len);
  if (own(&TypeSlots::getitem)) add_wrapper(rt, t, "__getitem__", SlotKind::GetItem);
  if (own(&TypeSlots::setitem)) {
    add_wrapper(rt, t, "__setitem__", SlotKind::SetItem);
    add_wrapper(rt, t, "__delitem__", SlotKind::DelItem);
  }
  if (own(&TypeSlots::contains)) add_wrapper(rt, t, "__contains__", SlotKind::Contains);
  if (own(&TypeSlots::iter)) add_wrapper(rt, t, "__iter__", SlotKind::Iter);
  if (own(&TypeSlots::next)) add_wrapper(rt, t, "__next__", SlotKind::Next);
  if (own(&TypeSlots::descr_get)) add_wrapper(rt, t, "__get__", SlotKind::Get);
  if (own(&TypeSlots::descr_set)) {
    add_wrapper(rt, t, "__set__", SlotKind::Set);
    add_wrapper(rt, t, "__delete__", SlotKind::Delete);
  }
  // str implements truth through its length in CPython (no nb_bool): no __bool__
  if (own(&TypeSlots::truth) && t != rt.t.str) add_wrapper(rt, t, "__bool__", SlotKind::Bool);
  if (own(&TypeSlots::index)) add_wrapper(rt, t, "__index__", SlotKind::Index);
  if (own(&TypeSlots::to_int)) add_wrapper(rt, t, "__int__", SlotKind::Int);
  if (own(&TypeSlots::to_float)) add_wrapper(rt, t, "__float__", SlotKind::Float);
  if (own(&TypeSlots::await)) add_wrapper(rt, t, "__await__", SlotKind::Await);
  if (own(&TypeSlots::aiter)) add_wrapper(rt, t, "__aiter__", SlotKind::AIter);
  if (own(&TypeSlots::anext)) add_wrapper(rt, t, "__anext__", SlotKind::ANext);
  static const char* const kOp[] = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
                                    "pow", "lshift", "rshift", "and", "or", "xor"};
  static const char* const kOpNames[][3] = {
      {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
      {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
      {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
      {"__mod__", "__rmod__", "__imod__"},          {"__pow__", "__rpow__", "__ipow__"},
      {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
      {"__and__", "__rand__", "__iand__"},          {"__or__", "__ror__", "__ior__"},
      {"__xor__", "__rxor__", "__ixor__"},
  };
  (void)kOp;
  for (int i = 0; i < static_cast<int>(BinOp::Count); ++i) {
    if (s.binop[i] && (!b || b->binop[i] != s.binop[i])) {
      add_wrapper(rt, t, kOpNames[i][0], SlotKind::Binop, static_cast<uint8_t>(i));
      // The sequences concatenate through sq_concat in CPython, which gives __add__ only
      bool concat = i == static_cast<int>(BinOp::Add) &&
                    (t == rt.t.str || t == rt.t.list || t == rt.t.tuple || t == rt.t.bytes || t == rt.t.bytearray);
      if (!concat) add_wrapper(rt, t, kOpNames[i][1], SlotKind::RBinop, static_cast<uint8_t>(i));
    }
    if (s.inplace[i] && (!b || b->inplace[i] != s.inplace[i])) {
      add_wrapper(rt, t, kOpNames[i][2], SlotKind::IBinop, static_cast<uint8_t>(i));
    }
  }
  static const char* const kUnNames[] = {"__neg__", "__pos__", "__invert__", "__abs__"};
  for (int i = 0; i < static_cast<int>(UnOp::Count); ++i) {
    if (s.unop[i] && (!b || b->unop[i] != s.unop[i])) add_wrapper(rt, t, kUnNames[i], SlotKind::Unop, static_cast<uint8_t>(i));
  }
  type_modified(rt, t);
}

// ---------------------------------------------------------------------------------------------
// Argument parsing

[[gnu::cold, gnu::noinline]] static bool no_kwargs_fail(Runtime& rt, const char* fname) {
  rt.raise(rt.t.TypeError, std::string(fname) + "() takes no keyword arguments");
  mark_binding_error(rt);
  return false;
}

bool no_kwargs(Runtime& rt, CallArgs a, const char* fname) {
  if (a.nkw() == 0) [[likely]] return true;
  return no_kwargs_fail(rt, fname);
}

// The error of check_nargs, out of line so that the check itself is a few instructions.
[[gnu::cold, gnu::noinline]] static bool check_nargs_fail(Runtime& rt, CallArgs a, const char* fname, size_t min,
                                                          size_t max) {
  if (a.nkw() != 0) return no_kwargs_fail(rt, fname);
  size_t n = a.nargs;
  std::string f(fname);
  if (min == max) {
    if (min == 0) {
      rt.raise(rt.t.TypeError, f + "() takes no arguments (" + std::to_string(n) + " given)");
    } else if (min == 1) {
      rt.raise(rt.t.TypeError, f + "() takes exactly one argument (" + std::to_string(n) + " given)");
    } else {
      rt.raise(rt.t.TypeError, f + " expected " + std::to_string(min) + " arguments, got " + std::to_string(n));
    }
  } else if (n < min) {
    rt.raise(rt.t.TypeError, f + " expected at least " + std::to_string(min) + " argument" +
                                 (min == 1 ? "" : "s") + ", got " + std::to_string(n));
  } else {
    rt.raise(rt.t.TypeError, f + " expected at most " + std::to_string(max) + " argument" +
                                 (max == 1 ? "" : "s") + ", got " + std::to_string(n));
  }
  mark_binding_error(rt);
  return false;
}

bool check_nargs(Runtime& rt, CallArgs a, const char* fname, size_t min, size_t max) {
  if (a.nkw() == 0 && a.nargs >= min && a.nargs <= max) [[likely]] return true;
  return check_nargs_fail(rt, a, fname, min, max);
}

// Clinic checks the required positional-only parameters (named "") before any keyword.
static bool clinic_posonly_given(Runtime& rt, CallArgs a, std::string_view f, std::initializer_list<const char*> names,
                                 int required, size_t npos_allowed) {
  size_t posonly = 0;
  for (const char* n : names) {
    if (*n || static_cast<int>(posonly) >= required) break;
    ++posonly;
  }
  if (a.nargs >= posonly) return true;
  size_t minpos = std::min(static_cast<size_t>(required), npos_allowed);
  rt.raise(rt.t.TypeError, std::string(f) + "() takes " + (minpos < npos_allowed ? "at least " : "exactly ") +
                               std::to_string(minpos) + " positional argument" + (minpos == 1 ? "" : "s") + " (" +
                               std::to_string(a.nargs) + " given)");
  return false;
}

// Argument Clinic's _PyArg_UnpackKeywords, in its order: too many arguments in all, too many
// positional, a missing positional-only one; then each parameter after the positional ones takes
// its keyword (a missing required one is reported first), and a keyword left over names a
// parameter also given by position, or none.
static bool clinic_args_impl(Runtime& rt, CallArgs a, std::string_view f, std::initializer_list<const char*> names,
                             int required, Value* out, size_t maxpos) {
  size_t maxargs = names.size();
  size_t nkw = a.nkw();
  if (a.nargs + nkw > maxargs) {
    rt.raise(rt.t.TypeError, std::string(f) + "() takes at most " + std::to_string(maxargs) + " " +
                                 (a.nargs == 0 ? "keyword " : "") + "argument" + (maxargs == 1 ? "" : "s") + " (" +
                                 std::to_string(a.nargs + nkw) + " given)");
    return false;
  }
  if (a.nargs > maxpos) {
    if (maxpos == 0) {
      rt.raise(rt.t.TypeError, std::string(f) + "() takes no positional arguments");
    } else {
      size_t minpos = std::min(static_cast<size_t>(required), maxpos);
      rt.raise(rt.t.TypeError, std::string(f) + "() takes " + (minpos < maxpos ? "at most " : "exactly ") +
                                   std::to_string(maxpos) + " positional argument" + (maxpos == 1 ? "" : "s") + " (" +
                                   std::to_string(a.nargs) + " given)");
    }
    return false;
  }
  if (!clinic_posonly_given(rt, a, f, names, required, maxpos)) return false;
  const char* const* nm = names.begin();
  for (size_t i = 0; i < maxargs; ++i) out[i] = i < a.nargs ? a.args[i] : Value();
  size_t used = 0;
  for (size_t i = a.nargs; i < maxargs; ++i) {
    if (*nm[i]) {
      for (size_t k = 0; k < nkw; ++k) {
        if (str_view((*a.kwnames)[static_cast<int64_t>(k)]) == nm[i]) {
          out[i] = a.kwvalues()[k];
          ++used;
          break;
        }
      }
    }
    if (!out[i] && static_cast<int>(i) < required) {
      rt.raise(rt.t.TypeError, std::string(f) + "() missing required argument '" + nm[i] + "' (pos " +
                                   std::to_string(i + 1) + ")");
      return false;
    }
  }
  if (used < nkw) {
    for (size_t i = 0; i < a.nargs; ++i) {
      if (!*nm[i]) continue;
      for (size_t k = 0; k < nkw; ++k) {
        if (str_view((*a.kwnames)[static_cast<int64_t>(k)]) == nm[i]) {
          rt.raise(rt.t.TypeError, "argument for " + std::string(f) + "() given by name ('" + nm[i] +
                                       "') and position (" + std::to_string(i + 1) + ")");
          return false;
        }
      }
    }
    for (size_t k = 0; k < nkw; ++k) {
      std::string_view kn = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
      bool known = false;
      for (size_t i = a.nargs; i < maxargs && !known; ++i) known = *nm[i] && kn == nm[i];
      if (!known) {
        rt.raise(rt.t.TypeError, "'" + std::string(kn) + "' is an invalid keyword argument for " + std::string(f) + "()");
        return false;
      }
    }
  }
  return true;
}

static bool parse_args_impl(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                            int required, Value* out, int maxpos, bool clinic) {
  size_t nnames = names.size();
  size_t npos_allowed = maxpos < 0 ? nnames : static_cast<size_t>(maxpos);
  std::string_view f(fname);  // (a std::string only when an error is reported)
  if (clinic) return clinic_args_impl(rt, a, f, names, required, out, npos_allowed);
  if (a.nargs > npos_allowed) {
    if (npos_allowed == 0) {
      rt.raise(rt.t.TypeError, std::string(f) + "() takes no positional arguments");
    } else {
      rt.raise(rt.t.TypeError, std::string(f) + "() takes at most " + std::to_string(npos_allowed) + " argument" +
                                   (npos_allowed == 1 ? "" : "s") + " (" + std::to_string(a.nargs) + " given)");
    }
    return false;
  }
  if (clinic && !clinic_posonly_given(rt, a, f, names, required, npos_allowed)) return false;
  for (size_t i = 0; i < nnames; ++i) out[i] = nullptr;
  for (size_t i = 0; i < a.nargs; ++i) out[i] = a.args[i];
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view kn = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    size_t idx = nnames;
    size_t i = 0;
    for (const char* n : names) {
      if (kn == n) {
        idx = i;
        break;
      }
      ++i;
    }
    if (idx == nnames) {
      if (clinic) {
        rt.raise(rt.t.TypeError, "'" + std::string(kn) + "' is an invalid keyword argument for " + std::string(f) + "()");
      } else {
        rt.raise(rt.t.TypeError, std::string(f) + "() got an unexpected keyword argument '" + std::string(kn) + "'");
      }
      return false;
    }
    if (out[idx]) {
      rt.raise(rt.t.TypeError, "argument for " + std::string(f) + "() given by name ('" + std::string(kn) + "') and position (" +
                                   std::to_string(idx + 1) + ")");
      return false;
    }
    out[idx] = a.kwvalues()[k];
  }
  size_t i = 0;
  for (const char* n : names) {
    if (static_cast<int>(i) >= required) break;
    if (!out[i]) {
      rt.raise(rt.t.TypeError, std::string(f) + "() missing required argument '" + n + "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
    ++i;
  }
  return true;
}

bool parse_args(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names, int required,
                Value* out, int maxpos) {
  if (parse_args_impl(rt, a, fname, names, required, out, maxpos, false)) [[likely]] return true;
  mark_binding_error(rt);
  return false;
}

bool parse_clinic_args(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names,
                       int required, Value* out, int maxpos) {
  if (parse_args_impl(rt, a, fname, names, required, out, maxpos, true)) [[likely]] return true;
  mark_binding_error(rt);
  return false;
}

// ---------------------------------------------------------------------------------------------

static void plain_dealloc(Object*) {}

void init_native_types(Runtime& rt) {
  // Descriptor types first: every later type's methods and attributes are descriptors.
  TypeSlots g;
  g.dealloc = plain_dealloc;
  g.descr_get = gs_get;
  g.descr_set = gs_set;
  g.repr = gs_repr;
  rt.t.getset_descriptor =
      make_builtin_type(rt, TypeSpec{"getset_descriptor", nullptr, sizeof(GetSetDescrObject)}, g);

  TypeSlots m;
  m.dealloc = plain_dealloc;
  m.descr_get = md_get;
  m.call = md_call;
  m.repr = md_repr;
  rt.t.method_descriptor = make_builtin_type(
      rt, TypeSpec{"method_descriptor", nullptr, sizeof(MethodDescrObject), 0, nullptr, kMethodDescrGetSets}, m);
  rt.t.classmethod_descriptor = make_builtin_type(
      rt, TypeSpec{"classmethod_descriptor", nullptr, sizeof(MethodDescrObject), 0, nullptr, kMethodDescrGetSets}, m);

  TypeSlots w;
  w.dealloc = plain_dealloc;
  w.descr_get = sw_get;
  w.call = sw_call;
  w.repr = sw_repr;
  rt.t.slot_wrapper = make_builtin_type(
      rt, TypeSpec{"wrapper_descriptor", nullptr, sizeof(SlotWrapperObject), 0, nullptr, kSlotWrapperGetSets}, w);

  TypeSlots s;
  s.dealloc = bf_dealloc;
  s.traverse = bf_traverse;
  s.clear = bf_clear;
  s.call = bf_call;
  s.repr = bf_repr;
  s.hash = identity_hash;
  s.compare = bf_compare;
  rt.t.builtin_function = make_builtin_type(
      rt, TypeSpec{"builtin_function_or_method", nullptr, sizeof(BuiltinFunctionObject), kTypeGc,
                   kBuiltinFunctionMethods, kBuiltinFunctionGetSets},
      s);

  // object and type were created before descriptors existed: give them their methods now.
  install_object_and_type_methods(rt);
  add_getsets(rt, rt.t.getset_descriptor, kGetSetDescrGetSets);
}

}  // namespace ls
