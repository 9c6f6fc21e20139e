// Bound methods, classmethod, staticmethod, property, super, cell and types.GenericAlias.
#include <cstdio>
#include <vector>

#include "object/cell.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// method (bound method)

Value make_method(Runtime& rt, const Value& func, const Value& self) {
  auto* m = alloc<MethodObject>(rt, rt.t.method);
  m->func = func;
  m->self = self;
  gc_track(rt, m);
  return Value::steal(m);
}

// method-wrapper: a slot wrapper bound to an instance (object().__init__).
Value make_method_wrapper(Runtime& rt, const Value& func, const Value& self) {
  auto* m = alloc<MethodObject>(rt, rt.t.method_wrapper);
  m->func = func;
  m->self = self;
  gc_track(rt, m);
  return Value::steal(m);
}

static void method_dealloc(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  m->func.reset();
  m->self.reset();
}
static void method_traverse(Object* o, Visitor& v) {
  auto* m = static_cast<MethodObject*>(o);
  v(m->func);
  v(m->self);
}

static Value method_call(Runtime& rt, const Value& self, CallArgs args) {
  auto* m = static_cast<MethodObject*>(self.obj());
  size_t total = args.nargs + args.nkw();
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args.args[i];
  return call(rt, m->func, CallArgs{buf, args.nargs + 1, args.kwnames});
}

static Value method_repr(Runtime& rt, const Value& self) {
  auto* m = static_cast<MethodObject*>(self.obj());
  Value qn = getattr_opt(rt, m->func, rt.n.__qualname__);
  if (!qn) qn = getattr_opt(rt, m->func, rt.n.__name__);
  std::string name = qn && is_str(rt, qn) ? std::string(str_view(qn)) : "?";
  std::string r;
  if (!repr_string(rt, m->self, &r)) return nullptr;
  return make_str(rt, "<bound method " + name + " of " + r + ">");
}

static Value method_wrapper_repr(Runtime& rt, const Value& self) {
  auto* m = static_cast<MethodObject*>(self.obj());
  Value n = getattr_opt(rt, m->func, rt.n.__name__);
  rt.clear_error();
  char buf[48];
  std::snprintf(buf, sizeof buf, " object at %#llx>", static_cast<unsigned long long>(object_id(rt, m->self)));
  return make_str(rt, "<method-wrapper '" + std::string(n && is_str(rt, n) ? str_view(n) : "?") + "' of " +
                          type_name(rt, m->self) + buf);
}

static Value method_getattr(Runtime& rt, const Value& self, StrObject* name) {
  auto* m = static_cast<MethodObject*>(self.obj());
  if (name == rt.n.dunder_func) return m->func;
  if (name == rt.n.__self__) return m->self;
  // CPython's method_get_doc: the function's __doc__ (not object's, which the type lookup finds).
  if (name == rt.n.__doc__) return getattr(rt, m->func, name);
  Object* d = type_lookup(self.type(rt), name);
  if (d) return generic_getattr(rt, self, name);
  return getattr(rt, m->func, name);
}

// method.__doc__ as a descriptor too (object.__getattribute__(m, '__doc__'), as pydoc reads it).
static Value method_get_doc(Runtime& rt, const Value& self) {
  return getattr(rt, static_cast<MethodObject*>(self.obj())->func, rt.n.__doc__);
}
static const GetSetDef kMethodGetSets[] = {{"__doc__", method_get_doc}, {nullptr, nullptr}};

static Value method_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type(rt) != rt.t.method) return rt.NotImplemented();
  auto* x = static_cast<MethodObject*>(a.obj());
  auto* y = static_cast<MethodObject*>(b.obj());
  int eq = equal(rt, x->func, y->func);
  if (eq < 0) return nullptr;
  bool r = eq && x->self.is(y->self);
  return rt.Bool(op == CmpOp::Eq ? r : !r);
}

static bool method_hash(Runtime& rt, const Value& v, int64_t* out) {
  auto* m = static_cast<MethodObject*>(v.obj());
  int64_t a, b;
  if (!hash(rt, m->func, &a)) return false;
  b = object_id(rt, m->self);
  int64_t h = a ^ (b >> 4);
  *out = h == -1 ? -2 : h;
  return true;
}

// ---------------------------------------------------------------------------------------------
// classmethod / staticmethod

static void cm_dealloc(Object* o) {
  auto* c = static_cast<ClassMethodObject*>(o);
  c->callable.reset();
  c->dict.reset();
}
static void cm_traverse(Object* o, Visitor& v) {
  auto* c = static_cast<ClassMethodObject*>(o);
  v(c->callable);
  v(c->dict);
}

// Like functools.wraps, CPython 3.10+ copies the wrapped callable's metadata into the new
// classmethod/staticmethod's __dict__ (attributes it lacks are skipped).
static bool cm_copy_metadata(Runtime& rt, const Value& self, const Value& callable) {
  for (StrObject* name : {rt.n.__module__, rt.n.__name__, rt.n.__qualname__, rt.n.__doc__, rt.intern("__annotations__")}) {
    Value v = getattr_opt(rt, callable, name);
    if (!v) {
      if (rt.has_error()) return false;
      continue;
    }
    if (!generic_setattr(rt, self, name, v)) return false;
  }
  return true;
}

static Value cm_new(Runtime& rt, TypeObject* type, CallArgs a) {
  if (!check_nargs(rt, a, type->name.c_str(), 1, 1)) return nullptr;
  Value self = object_new_instance(rt, type);
  static_cast<ClassMethodObject*>(self.obj())->callable = a[0];
  if (!cm_copy_metadata(rt, self, a[0])) return nullptr;
  return self;
}
static bool cm_init(Runtime&, const Value&, CallArgs) { return true; }

static Value cm_get(Runtime& rt, const Value& self, const Value& obj, const Value& type) {
  auto* c = static_cast<ClassMethodObject*>(self.obj());
  Value t = (type && !rt.is_none(type)) ? type : Value::borrow(obj.type(rt));
  TypeObject* ct = c->callable.type(rt);
  if (ct->slots.descr_get && ct != rt.t.function && ct != rt.t.builtin_function) {
    return ct->slots.descr_get(rt, c->callable, t, Value::borrow(t.type(rt)));
  }
  return make_method(rt, c->callable, t);
}

static Value sm_get(Runtime&, const Value& self, const Value&, const Value&) {
  return static_cast<ClassMethodObject*>(self.obj())->callable;
}

static Value sm_call(Runtime& rt, const Value& self, CallArgs a) {
  return call(rt, static_cast<ClassMethodObject*>(self.obj())->callable, a);
}

static Value cm_func(Runtime&, const Value& self) { return static_cast<ClassMethodObject*>(self.obj())->callable; }

static Value cm_getattr(Runtime& rt, const Value& self, StrObject* name) {
  // Expose the wrapped function's metadata (__name__, __doc__, __isabstractmethod__...).
  // __doc__ is the instance's own or the function's (3.10+ copies it), never object's docstring,
  // which the type lookup would find.
  if (name == rt.n.__doc__) {
    Value* dict = instance_dict_slot(self.obj());
    if (dict && *dict) {
      Value v = dict_get_str(as_dict(*dict), name);
      if (v) return v;
    }
    return getattr(rt, static_cast<ClassMethodObject*>(self.obj())->callable, name);
  }
  Value r = generic_getattr(rt, self, name);
  if (r || !rt.error_matches(rt.t.AttributeError)) return r;
  rt.clear_error();
  if (name == rt.n.__name__ || name == rt.n.__qualname__ || name == rt.n.__doc__ || name == rt.n.__module__) {
    return getattr(rt, static_cast<ClassMethodObject*>(self.obj())->callable, name);
  }
  return raise_attribute_error(rt, self, name);
}

// An abstract method stays abstract under @classmethod / @staticmethod.
static Value cm_abstract(Runtime& rt, const Value& self) {
  Value a = getattr_opt(rt, static_cast<ClassMethodObject*>(self.obj())->callable, rt.intern("__isabstractmethod__"));
  if (!a) return rt.has_error() ? Value() : rt.False();
  int t = truthy(rt, a);
  if (t < 0) return nullptr;
  return rt.Bool(t > 0);
}

// "<classmethod(<function f at 0x...>)>"
static Value cm_repr(Runtime& rt, const Value& self) {
  std::string r;
  if (!repr_string(rt, static_cast<ClassMethodObject*>(self.obj())->callable, &r)) return nullptr;
  return make_str(rt, "<" + self.type(rt)->name + "(" + r + ")>");
}

static const GetSetDef kClassMethodGetSets[] = {
    {"__func__", cm_func}, {"__wrapped__", cm_func}, {"__isabstractmethod__", cm_abstract}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// property

static void prop_dealloc(Object* o) {
  auto* p = static_cast<PropertyObject*>(o);
  p->fget.reset();
  p->fset.reset();
  p->fdel.reset();
  p->doc.reset();
  p->name.reset();
}
static void prop_traverse(Object* o, Visitor& v) {
  auto* p = static_cast<PropertyObject*>(o);
  v(p->fget);
  v(p->fset);
  v(p->fdel);
  v(p->doc);
  v(p->name);
}

static Value prop_new(Runtime& rt, TypeObject* type, CallArgs) { return object_new_instance(rt, type); }

static bool prop_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[4];
  if (!parse_clinic_args(rt, a, "property", {"fget", "fset", "fdel", "doc"}, 0, args)) return false;
  auto* p = static_cast<PropertyObject*>(self.obj());
  auto norm = [&](const Value& v) { return (v && !rt.is_none(v)) ? v : Value(); };
  p->fget = norm(args[0]);
  p->fset = norm(args[1]);
  p->fdel = norm(args[2]);
  p->doc = norm(args[3]);
  if (!p->doc && p->fget) {
    Value d = getattr_opt(rt, p->fget, rt.n.__doc__);
    rt.clear_error();
    if (d && !rt.is_none(d)) p->doc = d;
  }
  return true;
}

// The name __set_name__ gave the property (CPython 3.11 takes no other), else "".
static std::string prop_name(Runtime& rt, PropertyObject* p) {
  if (p->name && is_str(rt, p->name)) return std::string(str_view(p->name));
  return "";
}

// "property 'x' of 'Outer.Inner' object has no setter" (the type's __qualname__), or
// "property of 'int' object has no setter" for a property that was never named.
static std::string prop_missing(Runtime& rt, PropertyObject* p, const Value& obj, const char* what) {
  TypeObject* t = obj.type(rt);
  std::string qual(t->qualname.empty() ? type_short_name(t) : std::string_view(t->qualname));
  std::string n = prop_name(rt, p);
  std::string head = n.empty() ? "property of '" : "property '" + n + "' of '";
  return head + qual + "' object has no " + what;
}

static Value prop_get(Runtime& rt, const Value& self, const Value& obj, const Value&) {
  if (!obj || rt.is_none(obj)) return self;
  auto* p = static_cast<PropertyObject*>(self.obj());
  if (!p->fget) return rt.raise(rt.t.AttributeError, prop_missing(rt, p, obj, "getter"));
  return call(rt, p->fget, {obj});
}

static bool prop_set(Runtime& rt, const Value& self, const Value& obj, const Value& v) {
  auto* p = static_cast<PropertyObject*>(self.obj());
  const Value& f = v ? p->fset : p->fdel;
  if (!f) {
    rt.raise(rt.t.AttributeError, prop_missing(rt, p, obj, v ? "setter" : "deleter"));
    return false;
  }
  Value r = v ? call(rt, f, {obj, v}) : call(rt, f, {obj});
  return static_cast<bool>(r);
}

static Value prop_copy(Runtime& rt, const Value& self, const Value& fget, const Value& fset, const Value& fdel) {
  auto* p = static_cast<PropertyObject*>(self.obj());
  Value np = object_new_instance(rt, self.type(rt));
  auto* q = static_cast<PropertyObject*>(np.obj());
  q->fget = fget;
  q->fset = fset;
  q->fdel = fdel;
  q->doc = p->doc;
  q->name = p->name;
  if (!q->doc && q->fget) {
    Value d = getattr_opt(rt, q->fget, rt.n.__doc__);
    rt.clear_error();
    if (d && !rt.is_none(d)) q->doc = d;
  }
  return np;
}

static Value prop_getter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "getter", 1, 1)) return nullptr;
  auto* p = static_cast<PropertyObject*>(self.obj());
  return prop_copy(rt, self, a[0], p->fset, p->fdel);
}
static Value prop_setter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "setter", 1, 1)) return nullptr;
  auto* p = static_cast<PropertyObject*>(self.obj());
  return prop_copy(rt, self, p->fget, a[0], p->fdel);
}
static Value prop_deleter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "deleter", 1, 1)) return nullptr;
  auto* p = static_cast<PropertyObject*>(self.obj());
  return prop_copy(rt, self, p->fget, p->fset, a[0]);
}
static Value prop_set_name(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__set_name__", 2, 2)) return nullptr;
  static_cast<PropertyObject*>(self.obj())->name = a[1];
  return rt.None();
}

static Value pg_fget(Runtime& rt, const Value& self) {
  Value v = static_cast<PropertyObject*>(self.obj())->fget;
  return v ? v : rt.None();
}
static Value pg_fset(Runtime& rt, const Value& self) {
  Value v = static_cast<PropertyObject*>(self.obj())->fset;
  return v ? v : rt.None();
}
static Value pg_fdel(Runtime& rt, const Value& self) {
  Value v = static_cast<PropertyObject*>(self.obj())->fdel;
  return v ? v : rt.None();
}
static Value pg_doc(Runtime& rt, const Value& self) {
  Value v = static_cast<PropertyObject*>(self.obj())->doc;
  return v ? v : rt.None();
}
static Value pg_abstract(Runtime& rt, const Value& self) {
  auto* p = static_cast<PropertyObject*>(self.obj());
  for (const Value* f : {&p->fget, &p->fset, &p->fdel}) {
    if (!*f) continue;
    Value a = getattr_opt(rt, *f, rt.intern("__isabstractmethod__"));
    rt.clear_error();
    if (a && truthy(rt, a) > 0) return rt.True();
  }
  return rt.False();
}

static const MethodDef kPropertyMethods[] = {
    {"getter", prop_getter},
    {"setter", prop_setter},
    {"deleter", prop_deleter},
    {"__set_name__", prop_set_name},
    {nullptr, nullptr},
};
static const GetSetDef kPropertyGetSets[] = {
    {"fget", pg_fget}, {"fset", pg_fset}, {"fdel", pg_fdel}, {"__doc__", pg_doc},
    {"__isabstractmethod__", pg_abstract}, {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// super

Value make_super(Runtime& rt, TypeObject* type, const Value& obj) {
  TypeObject* obj_type;
  if (isinstance(rt, obj, rt.t.type) && is_subtype(static_cast<TypeObject*>(obj.obj()), type)) {
    obj_type = static_cast<TypeObject*>(obj.obj());
  } else if (isinstance(rt, obj, type)) {
    obj_type = obj.type(rt);
  } else {
    return rt.raise(rt.t.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  auto* s = alloc<SuperObject>(rt, rt.t.super);
  s->type = type;
  incref(type);
  s->obj = obj;
  s->obj_type = obj_type;
  incref(obj_type);
  gc_track(rt, s);
  return Value::steal(s);
}

static void super_dealloc(Object* o) {
  auto* s = static_cast<SuperObject*>(o);
  if (s->type) decref(s->type);
  if (s->obj_type) decref(s->obj_type);
  s->type = s->obj_type = nullptr;
  s->obj.reset();
}
static void super_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<SuperObject*>(o);
  v(s->type);
  v(s->obj);
  v(s->obj_type);
}
static void super_clear(Object* o) { static_cast<SuperObject*>(o)->obj.reset(); }

static Value super_getattr(Runtime& rt, const Value& self, StrObject* name) {
  auto* s = static_cast<SuperObject*>(self.obj());
  if (s->obj_type && name != rt.n.__class__) {
    TupleObject* mro = as_tuple(s->obj_type->mro);
    int64_t i = 0;
    for (; i < mro->size; ++i) {
      if ((*mro)[i].obj() == s->type) break;
    }
    for (++i; i < mro->size; ++i) {
      auto* t = static_cast<TypeObject*>((*mro)[i].obj());
      Value* v = dict_lookup_str(as_dict(t->dict), name);
      if (!v) continue;
      Value res = *v;
      DescrGetFn get = res.type(rt)->slots.descr_get;
      if (get) {
        Value inst = s->obj.is(Value::borrow(s->obj_type)) ? Value() : s->obj;
        return get(rt, res, inst, Value::borrow(s->obj_type));
      }
      return res;
    }
  }
  return generic_getattr(rt, self, name);
}

static Value super_repr(Runtime& rt, const Value& self) {
  auto* s = static_cast<SuperObject*>(self.obj());
  if (s->obj_type) {
    return make_str(rt, "<super: <class '" + s->type->name + "'>, <" + s->obj_type->name + " object>>");
  }
  return make_str(rt, "<super: <class '" + s->type->name + "'>, NULL>");
}

static Value super_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (!no_kwargs(rt, a, "super")) return nullptr;
  if (a.nargs == 0) {
    // Zero-argument super() is resolved by the interpreter (it knows the calling frame).
    if (rt.zero_arg_super) return rt.zero_arg_super(rt);
    return rt.raise(rt.t.RuntimeError, "super(): no arguments");
  }
  if (!isinstance(rt, a[0], rt.t.type)) {
    return rt.raise(rt.t.TypeError, "super() argument 1 must be a type, not " + type_name(rt, a[0]));
  }
  if (a.nargs == 1) {
    auto* s = alloc<SuperObject>(rt, rt.t.super);
    s->type = static_cast<TypeObject*>(a[0].obj());
    incref(s->type);
    gc_track(rt, s);
    return Value::steal(s);
  }
  return make_super(rt, static_cast<TypeObject*>(a[0].obj()), a[1]);
}

static Value super_thisclass(Runtime&, const Value& self) {
  return Value::borrow(static_cast<SuperObject*>(self.obj())->type);
}
static Value super_self(Runtime& rt, const Value& self) {
  Value o = static_cast<SuperObject*>(self.obj())->obj;
  return o ? o : rt.None();
}
static Value super_self_class(Runtime& rt, const Value& self) {
  TypeObject* t = static_cast<SuperObject*>(self.obj())->obj_type;
  return t ? Value::borrow(t) : rt.None();
}
static const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", super_thisclass}, {"__self__", super_self}, {"__self_class__", super_self_class},
    {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// member_descriptor: one name of a class's __slots__. Slot values live inline in the instance
// (a Value at `offset` from its header), or -- for slots on top of a built-in whose instances
// have variable size -- in the instance's attribute storage (the prefix dict), which a
// slots-only class hides from plain lookups.

namespace {
struct MemberObject : Object {
  Value owner;      // the class that declared the slot
  Value name;       // str
  uint32_t offset;  // inline: byte offset of the Value from the instance header; 0: in the dict
};
}  // namespace

Value make_member_descriptor(Runtime& rt, TypeObject* owner, const Value& name, uint32_t offset) {
  auto* m = alloc<MemberObject>(rt, rt.t.member_descriptor);
  m->owner = Value::borrow(owner);
  m->name = name;
  m->offset = offset;
  gc_track(rt, m);
  return Value::steal(m);
}
static void member_dealloc(Object* o) {
  auto* m = static_cast<MemberObject*>(o);
  m->owner.reset();
  m->name.reset();
}
static void member_traverse(Object* o, Visitor& v) {
  auto* m = static_cast<MemberObject*>(o);
  v(m->owner);
  v(m->name);
}
static TypeObject* member_owner(const MemberObject* m) { return static_cast<TypeObject*>(m->owner.obj()); }
// CPython's descr_check: the instance's type must derive from the class that declared the slot
// (its layout then has the slot).
static bool member_applies(Runtime& rt, const MemberObject* m, const Value& obj) {
  TypeObject* owner = member_owner(m);
  if (obj.is_obj() && (obj.type(rt)->flags & kTypeHasDict) && is_subtype(obj.type(rt), owner)) return true;
  rt.raise(rt.t.TypeError, "descriptor '" + std::string(str_view(m->name)) + "' for '" + owner->name +
                               "' objects doesn't apply to a '" + type_name(rt, obj) + "' object");
  return false;
}
static Value* member_slot(const MemberObject* m, const Value& obj) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + m->offset);
}
uint32_t member_inline_offset(Runtime& rt, const Value& descr, TypeObject* tp) {
  if (!descr.is_obj() || descr.obj()->type != rt.t.member_descriptor) return 0;
  auto* m = static_cast<MemberObject*>(descr.obj());
  if (m->offset == 0 || !(tp->flags & kTypeHasDict) || !is_subtype(tp, member_owner(m))) return 0;
  return m->offset;
}
static Value member_get(Runtime& rt, const Value& self, const Value& obj, const Value&) {
  if (!obj) return self;
  auto* m = static_cast<MemberObject*>(self.obj());
  if (!member_applies(rt, m, obj)) return nullptr;
  if (m->offset) {
    const Value& v = *member_slot(m, obj);
    if (v) return v;
  } else {
    const Value& d = *instance_dict_slot(obj.obj());
    if (d) {
      Value* v = dict_lookup_str(as_dict(d), as_str(m->name));
      if (v) return *v;
    }
  }
  return rt.raise(rt.t.AttributeError,
                  "'" + type_name(rt, obj) + "' object has no attribute '" + std::string(str_view(m->name)) + "'");
}
static bool member_set(Runtime& rt, const Value& self, const Value& obj, const Value& v) {
  auto* m = static_cast<MemberObject*>(self.obj());
  if (!member_applies(rt, m, obj)) return false;
  if (m->offset) {
    Value& slot = *member_slot(m, obj);
    if (!v && !slot) {
      rt.raise(rt.t.AttributeError, str_view(m->name));
      return false;
    }
    Value old = std::move(slot);
    slot = v;
    return true;  // the old value is released last (its __del__ sees the new one)
  }
  Value& d = *instance_dict_slot(obj.obj());
  if (!v) {
    if (d) {
      int r = dict_del_str(rt, as_dict(d), as_str(m->name));
      if (r < 0) return false;
      if (r == 1) return true;
    }
    rt.raise(rt.t.AttributeError, str_view(m->name));
    return false;
  }
  if (!d) d = new_dict(rt).value();
  return dict_set_str(rt, as_dict(d), as_str(m->name), v);
}
static Value member_repr(Runtime& rt, const Value& self) {
  auto* m = static_cast<MemberObject*>(self.obj());
  return make_str(rt, "<member '" + std::string(str_view(m->name)) + "' of '" + member_owner(m)->name + "' objects>");
}
static Value member_get_name(Runtime&, const Value& self) { return static_cast<MemberObject*>(self.obj())->name; }
static Value member_get_objclass(Runtime&, const Value& self) { return static_cast<MemberObject*>(self.obj())->owner; }
static Value member_get_doc(Runtime& rt, const Value&) { return rt.None(); }
static const GetSetDef kMemberGetSets[] = {{"__name__", member_get_name},
                                           {"__objclass__", member_get_objclass},
                                           {"__doc__", member_get_doc},
                                           {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// cell

Value make_cell(Runtime& rt, Value content) {
  auto* c = alloc<CellObject>(rt, rt.t.cell);
  c->ref = std::move(content);
  gc_track(rt, c);
  return Value::steal(c);
}
static void cell_dealloc(Object* o) { static_cast<CellObject*>(o)->ref.reset(); }
static void cell_traverse(Object* o, Visitor& v) { v(static_cast<CellObject*>(o)->ref); }
static Value cell_contents(Runtime& rt, const Value& self) {
  Value r = as_cell(self)->ref;
  if (!r) return rt.raise(rt.t.ValueError, "Cell is empty");
  return r;
}
static bool cell_set_contents(Runtime&, const Value& self, const Value& v) {
  as_cell(self)->ref = v;
  return true;
}
static const GetSetDef kCellGetSets[] = {{"cell_contents", cell_contents, cell_set_contents}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// types.GenericAlias: list[int]

struct GenericAliasObject : Object {
  Value origin;
  Value args;  // tuple
};

Value make_generic_alias(Runtime& rt, const Value& origin, const Value& args) {
  auto* g = alloc<GenericAliasObject>(rt, rt.t.generic_alias);
  g->origin = origin;
  g->args = isinstance(rt, args, rt.t.tuple) ? args : make_tuple(rt, {args});
  gc_track(rt, g);
  return Value::steal(g);
}
static void ga_dealloc(Object* o) {
  auto* g = static_cast<GenericAliasObject*>(o);
  g->origin.reset();
  g->args.reset();
}
static void ga_traverse(Object* o, Visitor& v) {
  auto* g = static_cast<GenericAliasObject*>(o);
  v(g->origin);
  v(g->args);
}
static bool type_repr_for_alias(Runtime& rt, const Value& v, std::string* out) {
  if (v.is_obj() && v.obj() == rt.ellipsis) {
    *out = "...";
    return true;
  }
  if (isinstance(rt, v, rt.t.type)) {
    auto* t = static_cast<TypeObject*>(v.obj());
    *out = type_full_name(t);
    return true;
  }
  return repr_string(rt, v, out);
}
static Value ga_repr(Runtime& rt, const Value& self) {
  auto* g = static_cast<GenericAliasObject*>(self.obj());
  std::string out;
  if (!type_repr_for_alias(rt, g->origin, &out)) return nullptr;
  out += "[";
  TupleObject* t = as_tuple(g->args);
  if (t->size == 0) out += "()";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    std::string r;
    if (!type_repr_for_alias(rt, (*t)[i], &r)) return nullptr;
    out += r;
  }
  return make_str(rt, out + "]");
}
static Value ga_call(Runtime& rt, const Value& self, CallArgs a) {
  return call(rt, static_cast<GenericAliasObject*>(self.obj())->origin, a);
}
static Value ga_getattr(Runtime& rt, const Value& self, StrObject* name) {
  auto* g = static_cast<GenericAliasObject*>(self.obj());
  std::string_view n = name->view();
  if (n == "__origin__") return g->origin;
  if (n == "__args__") return g->args;
  if (n == "__parameters__") return Value::borrow(rt.empty_tuple);
  return getattr(rt, g->origin, name);
}
static Value ga_getitem(Runtime&, const Value& self, const Value&) { return self; }
static Value ga_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type(rt) != rt.t.generic_alias) return rt.NotImplemented();
  auto* x = static_cast<GenericAliasObject*>(a.obj());
  auto* y = static_cast<GenericAliasObject*>(b.obj());
  int e1 = equal(rt, x->origin, y->origin);
  if (e1 < 0) return nullptr;
  int e2 = e1 ? equal(rt, x->args, y->args) : 0;
  if (e2 < 0) return nullptr;
  bool eq = e1 && e2;
  return rt.Bool(op == CmpOp::Eq ? eq : !eq);
}
static bool ga_hash(Runtime& rt, const Value& v, int64_t* out) {
  auto* g = static_cast<GenericAliasObject*>(v.obj());
  int64_t a, b;
  if (!hash(rt, g->origin, &a) || !hash(rt, g->args, &b)) return false;
  *out = a ^ b;
  if (*out == -1) *out = -2;
  return true;
}
static Value class_getitem(Runtime& rt, const Value& cls, CallArgs a) {
  if (!check_nargs(rt, a, "__class_getitem__", 1, 1)) return nullptr;
  return make_generic_alias(rt, cls, a[0]);
}
static const MethodDef kClassGetItem[] = {{"__class_getitem__", class_getitem, kMethClass}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// types.UnionType: int | None

struct UnionObject : Object {
  Value args;  // tuple, flattened and without duplicates
};

static bool union_operand(Runtime& rt, const Value& v) {
  if (rt.is_none(v)) return true;
  TypeObject* t = v.type(rt);
  return isinstance(rt, v, rt.t.type) || t == rt.t.generic_alias || t == rt.t.union_type;
}

Value make_union(Runtime& rt, const Value& a, const Value& b) {
  if (!union_operand(rt, a) || !union_operand(rt, b)) return rt.NotImplemented();
  std::vector<Value> items;
  auto add = [&](const Value& v) -> bool {
    Value x = rt.is_none(v) ? Value::borrow(rt.t.none) : v;
    for (const Value& y : items) {
      int e = equal(rt, x, y);
      if (e < 0) return false;
      if (e) return true;
    }
    items.push_back(x);
    return true;
  };
  for (const Value* side : {&a, &b}) {
    if (side->type(rt) == rt.t.union_type) {
      TupleObject* t = as_tuple(static_cast<UnionObject*>(side->obj())->args);
      for (int64_t i = 0; i < t->size; ++i) {
        if (!add((*t)[i])) return nullptr;
      }
    } else if (!add(*side)) {
      return nullptr;
    }
  }
  if (items.size() == 1) return items[0];
  auto* u = alloc<UnionObject>(rt, rt.t.union_type);
  u->args = make_tuple(rt, items.data(), static_cast<int64_t>(items.size()));
  gc_track(rt, u);
  return Value::steal(u);
}

static void union_dealloc(Object* o) { static_cast<UnionObject*>(o)->args.reset(); }
static void union_traverse(Object* o, Visitor& v) { v(static_cast<UnionObject*>(o)->args); }
static Value union_repr(Runtime& rt, const Value& self) {
  TupleObject* t = as_tuple(static_cast<UnionObject*>(self.obj())->args);
  std::string out;
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += " | ";
    const Value& v = (*t)[i];
    std::string r;
    if (v.is_obj() && v.obj() == rt.t.none) r = "None";
    else if (!type_repr_for_alias(rt, v, &r)) return nullptr;
    out += r;
  }
  return make_str(rt, out);
}
static Value union_getattr(Runtime& rt, const Value& self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "__args__") return static_cast<UnionObject*>(self.obj())->args;
  if (n == "__parameters__") return Value::borrow(rt.empty_tuple);
  return generic_getattr(rt, self, name);
}
static Value union_or(Runtime& rt, const Value& a, const Value& b) { return make_union(rt, a, b); }
static Value union_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type(rt) != rt.t.union_type) return rt.NotImplemented();
  Value x = call(rt, Value::borrow(rt.t.frozenset), {static_cast<UnionObject*>(a.obj())->args});
  Value y = x ? call(rt, Value::borrow(rt.t.frozenset), {static_cast<UnionObject*>(b.obj())->args}) : Value();
  if (!y) return nullptr;
  int e = equal(rt, x, y);
  if (e < 0) return nullptr;
  return rt.Bool(op == CmpOp::Eq ? e : !e);
}
static bool union_hash(Runtime& rt, const Value& v, int64_t* out) {
  Value x = call(rt, Value::borrow(rt.t.frozenset), {static_cast<UnionObject*>(v.obj())->args});
  return x && hash(rt, x, out);
}

static void plain_dealloc(Object*) {}

// types.GenericAlias(origin, args): CPython's ga_new (as `__class_getitem__ =
// classmethod(GenericAlias)` calls it).
static Value ga_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "GenericAlias() takes no keyword arguments");
  if (a.nargs != 2) {
    return rt.raise(rt.t.TypeError, "GenericAlias expected 2 arguments, got " + std::to_string(a.nargs));
  }
  return make_generic_alias(rt, a[0], a[1]);
}

// types.MethodType(function, instance): CPython's method_new (Argument Clinic, positional-only).
static Value method_new(Runtime& rt, TypeObject*, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "method() takes no keyword arguments");
  if (a.nargs != 2) {
    return rt.raise(rt.t.TypeError, "method expected 2 arguments, got " + std::to_string(a.nargs));
  }
  int c = callable(rt, a[0]);
  if (c < 0) return nullptr;
  if (!c) return rt.raise(rt.t.TypeError, "first argument must be callable");
  if (rt.is_none(a[1])) return rt.raise(rt.t.TypeError, "instance must not be None");
  return make_method(rt, a[0], a[1]);
}

void init_descriptor_types(Runtime& rt) {
  TypeSlots m;
  m.dealloc = method_dealloc;
  m.traverse = method_traverse;
  m.clear = method_dealloc;
  m.call = method_call;
  m.repr = method_repr;
  m.getattr = method_getattr;
  m.compare = method_compare;
  m.hash = method_hash;
  m.new_ = method_new;
  rt.t.method = make_builtin_type(rt, TypeSpec{"method", nullptr, sizeof(MethodObject), kTypeGc, nullptr, kMethodGetSets}, m);
  m.new_ = nullptr;
  m.repr = method_wrapper_repr;
  rt.t.method_wrapper = make_builtin_type(rt, TypeSpec{"method-wrapper", nullptr, sizeof(MethodObject), kTypeGc}, m);

  TypeSlots c;
  c.dealloc = cm_dealloc;
  c.traverse = cm_traverse;
  c.clear = cm_dealloc;
  c.new_ = cm_new;
  c.init = cm_init;
  c.descr_get = cm_get;
  c.getattr = cm_getattr;
  c.repr = cm_repr;
  rt.t.classmethod = make_builtin_type(
      rt, TypeSpec{"classmethod", nullptr, sizeof(ClassMethodObject), kTypeGc | kTypeBaseType | kTypeHasDict, nullptr,
                   kClassMethodGetSets},
      c);
  c.descr_get = sm_get;
  c.call = sm_call;
  rt.t.staticmethod = make_builtin_type(
      rt, TypeSpec{"staticmethod", nullptr, sizeof(ClassMethodObject), kTypeGc | kTypeBaseType | kTypeHasDict,
                   nullptr, kClassMethodGetSets},
      c);

  TypeSlots p;
  p.dealloc = prop_dealloc;
  p.traverse = prop_traverse;
  p.clear = prop_dealloc;
  p.new_ = prop_new;
  p.init = prop_init;
  p.descr_get = prop_get;
  p.descr_set = prop_set;
  rt.t.property = make_builtin_type(rt, TypeSpec{"property", nullptr, sizeof(PropertyObject), kTypeGc | kTypeBaseType,
                                                 kPropertyMethods, kPropertyGetSets},
                                    p);

  TypeSlots s;
  s.dealloc = super_dealloc;
  s.traverse = super_traverse;
  s.clear = super_clear;
  s.new_ = super_new;
  s.getattr = super_getattr;
  s.repr = super_repr;
  rt.t.super = make_builtin_type(
      rt, TypeSpec{"super", nullptr, sizeof(SuperObject), kTypeGc | kTypeBaseType, nullptr, kSuperGetSets}, s);

  TypeSlots me;
  me.dealloc = member_dealloc;
  me.traverse = member_traverse;
  me.clear = member_dealloc;
  me.descr_get = member_get;
  me.descr_set = member_set;
  me.repr = member_repr;
  rt.t.member_descriptor = make_builtin_type(
      rt, TypeSpec{"member_descriptor", nullptr, sizeof(MemberObject), kTypeGc, nullptr, kMemberGetSets}, me);

  TypeSlots ce;
  ce.dealloc = cell_dealloc;
  ce.traverse = cell_traverse;
  ce.clear = cell_dealloc;
  rt.t.cell = make_builtin_type(rt, TypeSpec{"cell", nullptr, sizeof(CellObject), kTypeGc, nullptr, kCellGetSets}, ce);

  TypeSlots g;
  g.dealloc = ga_dealloc;
  g.traverse = ga_traverse;
  g.clear = ga_dealloc;
  g.repr = ga_repr;
  g.call = ga_call;
  g.getattr = ga_getattr;
  g.getitem = ga_getitem;
  g.compare = ga_compare;
  g.hash = ga_hash;
  g.new_ = ga_new;
  rt.t.generic_alias = make_builtin_type(
      rt, TypeSpec{"types.GenericAlias", nullptr, sizeof(GenericAliasObject), kTypeGc, nullptr, nullptr, "types"}, g);
  rt.t.generic_alias->slots.binop[static_cast<int>(BinOp::Or)] = union_or;

  TypeSlots un;
  un.dealloc = union_dealloc;
  un.traverse = union_traverse;
  un.clear = union_dealloc;
  un.repr = union_repr;
  un.getattr = union_getattr;
  un.compare = union_compare;
  un.hash = union_hash;
  un.binop[static_cast<int>(BinOp::Or)] = union_or;
  rt.t.union_type = make_builtin_type(
      rt, TypeSpec{"types.UnionType", nullptr, sizeof(UnionObject), kTypeGc, nullptr, nullptr, "types"}, un);
  for (TypeObject* t : {rt.t.list, rt.t.dict, rt.t.tuple, rt.t.set, rt.t.frozenset, rt.t.type}) {
    if (t) add_methods(rt, t, kClassGetItem);
  }
  (void)plain_dealloc;
}

}  // namespace ls
