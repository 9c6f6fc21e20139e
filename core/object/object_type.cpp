// The `object` and `type` classes: default behaviours every value inherits, and the class of
// classes (attribute lookup on classes, type(x), type(name, bases, ns), __name__, __mro__...).
#include <cstdio>

#include "lang/vm.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/mappingproxy.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// object

static void object_dealloc(Object*) {}

static void object_traverse(Object*, Visitor&) {}

Value default_repr(Runtime& rt, const Value& v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %#llx>",
                static_cast<unsigned long long>(object_id(rt, v)));
  return make_str(rt, "<" + type_full_name(v.type(rt)) + buf);
}

static Value object_str(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  return t->slots.repr ? t->slots.repr(rt, v) : default_repr(rt, v);
}

static bool object_hash(Runtime& rt, const Value& v, int64_t* out) {
  // CPython: id() rotated right by 4 bits.
  uint64_t id = static_cast<uint64_t>(object_id(rt, v));
  uint64_t h = (id >> 4) | (id << 60);
  int64_t s = static_cast<int64_t>(h);
  *out = s == -1 ? -2 : s;
  return true;
}

static Value object_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  if (op == CmpOp::Eq) return a.is(b) ? rt.True() : rt.NotImplemented();
  if (op == CmpOp::Ne) {
    // Delegate to __eq__ and invert, unless it is NotImplemented.
    TypeObject* t = a.type(rt);
    if (t->slots.compare && t->slots.compare != object_compare) {
      Value r = t->slots.compare(rt, a, b, CmpOp::Eq);
      if (!r || r.is(Value::borrow(rt.not_implemented))) return r;
      int tr = truthy(rt, r);
      if (tr < 0) return nullptr;
      return rt.Bool(!tr);
    }
    return a.is(b) ? rt.False() : rt.NotImplemented();
  }
  return rt.NotImplemented();
}

static bool excess_args(CallArgs a) { return a.nargs > 0 || a.nkw() > 0; }

static Value object_new(Runtime& rt, TypeObject* type, CallArgs args);
static bool object_init(Runtime& rt, const Value& self, CallArgs args);

static Value object_new(Runtime& rt, TypeObject* type, CallArgs args) {
  if (excess_args(args)) {
    if (type->slots.new_ != object_new) {
      return rt.raise(rt.t.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->slots.init == object_init) {
      return rt.raise(rt.t.TypeError, type->name + "() takes no arguments");
    }
  }
  if (type->flags & kTypeAbstract) {
    // "Can't instantiate abstract class Shape with abstract methods area, perimeter"
    Value am = dict_get_str(as_dict(type->dict), rt.intern("__abstractmethods__"));
    Value names = am ? list_from_iterable(rt, am) : Value();
    if (!names || !list_sort(rt, as_list(names), Value(), false)) return nullptr;
    ListObject* l = as_list(names);
    std::string joined;
    for (int64_t i = 0; i < l->size; ++i) {
      if (i) joined += ", ";
      std::string n;
      if (!str_string(rt, l->items[i], &n)) return nullptr;
      joined += n;
    }
    return rt.raise(rt.t.TypeError, "Can't instantiate abstract class " + type->name + " with abstract method" +
                                        (l->size == 1 ? " " : "s ") + joined);
  }
  return object_new_instance(rt, type);
}

static bool object_init(Runtime& rt, const Value& self, CallArgs args) {
  if (excess_args(args)) {
    TypeObject* type = self.type(rt);
    if (type->slots.init != object_init) {
      rt.raise(rt.t.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
    if (type->slots.new_ == object_new) {
      rt.raise(rt.t.TypeError, type->name + ".__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
  }
  return true;
}

static Value object_get_class(Runtime& rt, const Value& self) { return Value::borrow(self.type(rt)); }

static bool object_set_class(Runtime& rt, const Value& self, const Value& v) {
  if (!v || !isinstance(rt, v, rt.t.type)) {
    rt.raise(rt.t.TypeError, "__class__ must be set to a class");
    return false;
  }
  auto* nt = static_cast<TypeObject*>(v.obj());
  TypeObject* old = self.type(rt);
  if (!self.is_obj() || !(old->flags & kTypeHeapType) || !(nt->flags & kTypeHeapType)) {
    rt.raise(rt.t.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (nt->solid != old->solid || (nt->flags & (kTypeGc | kTypeHasDict)) != (old->flags & (kTypeGc | kTypeHasDict))) {
    rt.raise(rt.t.TypeError, "__class__ assignment: '" + nt->name + "' object layout differs from '" + old->name + "'");
    return false;
  }
  incref(nt);
  self.obj()->type = nt;
  decref(old);
  return true;
}

static Value object_get_dict(Runtime& rt, const Value& self) {
  if (!self.is_obj() || (self.obj()->type->flags & (kTypeHasDict | kTypeSlotsOnly)) != kTypeHasDict) {
    return raise_attribute_error(rt, self, rt.n.__dict__);
  }
  Value* slot = instance_dict_slot(self.obj());
  if (!*slot) *slot = new_dict(rt).value();
  return *slot;
}

static bool object_set_dict(Runtime& rt, const Value& self, const Value& v) {
  if (!self.is_obj() || (self.obj()->type->flags & (kTypeHasDict | kTypeSlotsOnly)) != kTypeHasDict) {
    raise_attribute_error(rt, self, rt.n.__dict__);
    return false;
  }
  if (!v || !isinstance(rt, v, rt.t.dict)) {
    rt.raise(rt.t.TypeError, "__dict__ must be set to a dictionary, not a '" + (v ? type_name(rt, v) : std::string("NoneType")) + "'");
    return false;
  }
  *instance_dict_slot(self.obj()) = v;
  return true;
}

static Value object_m_init_subclass(Runtime& rt, const Value& self, CallArgs args) {
  if (args.nargs > 0 || args.nkw() > 0) {
    // CPython names the class it is bound to: "MyClass.__init_subclass__() takes no keyword arguments"
    std::string cls = isinstance(rt, self, rt.t.type) ? static_cast<TypeObject*>(self.obj())->name + "." : "";
    if (args.nkw() > 0) return rt.raise(rt.t.TypeError, cls + "__init_subclass__() takes no keyword arguments");
    return rt.raise(rt.t.TypeError, cls + "__init_subclass__() takes no arguments (" + std::to_string(args.nargs) +
                                        " given)");
  }
  return rt.None();
}

static Value object_m_format(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__format__", 1, 1)) return nullptr;
  if (!is_str(rt, args[0])) {
    return rt.raise(rt.t.TypeError, "__format__() argument must be str, not " + type_name(rt, args[0]));
  }
  if (as_str(args[0])->length > 0) {
    return rt.raise(rt.t.TypeError, "unsupported format string passed to " + type_name(rt, self) + ".__format__");
  }
  return str(rt, self);
}

static Value object_m_dir(Runtime& rt, const Value& self, CallArgs) {
  Ref<DictObject> names = new_dict(rt);
  if (self.is_obj() && (self.obj()->type->flags & kTypeHasDict)) {
    Value d = *instance_dict_slot(self.obj());
    if (d && !dict_update(rt, names.get(), d)) return nullptr;
  }
  TupleObject* mro = as_tuple(self.type(rt)->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    auto* t = static_cast<TypeObject*>((*mro)[i].obj());
    if (!dict_update(rt, names.get(), t->dict)) return nullptr;
  }
  Ref<ListObject> out = new_list(rt);
  for (int64_t pos = 0;;) {
    DictEntry* e;
    if (!dict_next(names.get(), &pos, &e)) break;
    list_append(rt, out.get(), e->key);
  }
  if (!list_sort(rt, out.get(), nullptr, false)) return nullptr;
  return std::move(out).value();
}

// object.__sizeof__: the instance's struct size. CPython's sizes where LoopScope's structs differ:
// a function is 136 bytes, a range 48, and a class whose instances have a __dict__ over plain
// object also has a __weakref__ slot (8 bytes; the dict itself sits in 3.11's pre-header).
static Value object_m_sizeof(Runtime& rt, const Value& self, CallArgs) {
  if (!self.is_obj()) return Value::small(28);
  TypeObject* tp = self.type(rt);
  if (tp == rt.t.function) return Value::small(136);
  if (tp == rt.t.range) return Value::small(48);
  int64_t size = tp->basicsize;
  if ((tp->flags & kTypeHeapType) && (tp->flags & kTypeHasDict) && tp->solid == rt.t.object) size += 8;
  return Value::small(size);
}

// object.__reduce_ex__(protocol) and object.__reduce__(): CPython's typeobject.c logic (a
// class's own __reduce__ first, then copyreg.__newobj__ with __getnewargs(_ex)__ and
// __getstate__, or copyreg._reduce_ex below protocol 2), in copyreg's _object_reduce_ex and
// _object_reduce.
static Value call_copyreg(Runtime& rt, const char* fn, std::initializer_list<Value> args) {
  Value copyreg = rt.vm->import_module(rt, make_str(rt, "copyreg"));
  if (!copyreg) return nullptr;
  Value f = getattr(rt, copyreg, fn);
  if (!f) return nullptr;
  return call(rt, f, args);
}
static Value object_m_reduce_ex(Runtime& rt, const Value& self, CallArgs a) {
  if (!no_kwargs(rt, a, "object.__reduce_ex__") || !check_nargs(rt, a, "object.__reduce_ex__", 1, 1)) return nullptr;
  if (!is_int(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "'" + type_name(rt, a[0]) + "' object cannot be interpreted as an integer");
  }
  return call_copyreg(rt, "_object_reduce_ex", {self, a[0]});
}
static Value object_m_reduce(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "object.__reduce__", 0, 0)) return nullptr;
  return call_copyreg(rt, "_object_reduce", {self});
}

// object.__subclasshook__(): NotImplemented (the ABC machinery's default).
static Value object_m_subclasshook(Runtime& rt, const Value&, CallArgs) { return rt.NotImplemented(); }

// object.__getstate__() (3.11's _PyObject_GetState with required=0): the instance __dict__ when
// it has items, else None; with __slots__ values set, (dict or None, {slot: value}).
static Value object_m_getstate(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__getstate__", 0, 0)) return nullptr;
  Value state = rt.None();
  if (self.is_obj() && (self.obj()->type->flags & kTypeHasDict)) {
    Value d = *instance_dict_slot(self.obj());
    if (d && as_dict(d)->used > 0) state = d;
  }
  Ref<DictObject> slots = new_dict(rt);
  TupleObject* mro = as_tuple(self.type(rt)->mro);
  for (int64_t i = 0; i < mro->size; ++i) {
    auto* k = static_cast<TypeObject*>((*mro)[i].obj());
    if (!(k->flags & kTypeHeapType) || !k->dict) continue;
    Value names = dict_get_str(as_dict(k->dict), rt.intern("__slots__"));
    if (!names) continue;
    Value seq = is_str(rt, names) ? make_tuple(rt, {names}) : names;
    Value it = iter(rt, seq);
    if (!it) return nullptr;
    for (;;) {
      Value n = next(rt, it);
      if (!n) {
        if (rt.has_error()) return nullptr;
        break;
      }
      if (!is_str(rt, n)) continue;
      std::string name(str_view(n));
      if (name == "__dict__" || name == "__weakref__") continue;
      if (name.size() > 2 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") != 0) {
        std::string cls = k->name.substr(k->name.find_first_not_of('_') == std::string::npos ? k->name.size()
                                                                                           : k->name.find_first_not_of('_'));
        if (!cls.empty()) name = "_" + cls + name;
      }
      Value key = make_str(rt, name);
      Value v = getattr_opt(rt, self, as_str(key));
      if (!v) {
        if (rt.has_error()) return nullptr;
        continue;
      }
      if (!dict_set(rt, slots.get(), key, v)) return nullptr;
    }
  }
  if (slots->used > 0) return make_tuple(rt, {state, std::move(slots).value()});
  return state;
}

static const MethodDef kObjectMethods[] = {
    {"__init_subclass__", object_m_init_subclass, kMethClass},
    {"__format__", object_m_format},
    {"__dir__", object_m_dir},
    {"__sizeof__", object_m_sizeof},
    {"__reduce_ex__", object_m_reduce_ex},
    {"__reduce__", object_m_reduce},
    {"__getstate__", object_m_getstate},
    {"__subclasshook__", object_m_subclasshook, kMethClass},
    {nullptr, nullptr},
};

static const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class},
    {nullptr, nullptr},
};

// The instance __dict__ descriptor (added to classes whose instances have one).
static const GetSetDef kDictGetSet[] = {
    {"__dict__", object_get_dict, object_set_dict},
    {nullptr, nullptr},
};

void add_instance_dict_descriptor(Runtime& rt, TypeObject* t) { add_getsets(rt, t, kDictGetSet); }

// ---------------------------------------------------------------------------------------------
// Generic attribute access

Value generic_getattr(Runtime& rt, const Value& obj, StrObject* name) {
  TypeObject* tp = obj.type(rt);
  Value descr = type_lookup_value(tp, name);
  DescrGetFn get = nullptr;
  if (descr.is_obj()) {
    get = descr.obj()->type->slots.descr_get;
    if (get && descr.obj()->type->slots.descr_set) return get(rt, descr, obj, Value::borrow(tp));
  }
  if (obj.is_obj() && (tp->flags & (kTypeHasDict | kTypeSlotsOnly)) == kTypeHasDict) {
    Value& d = *instance_dict_slot(obj.obj());
    if (d) {
      Value* v = dict_lookup_str(as_dict(d), name);
      if (v) return *v;
    }
  }
  if (get) return get(rt, descr, obj, Value::borrow(tp));
  if (descr) return descr;
  return raise_attribute_error(rt, obj, name);
}

bool generic_setattr(Runtime& rt, const Value& obj, StrObject* name, const Value& v) {
  TypeObject* tp = obj.type(rt);
  Value descr = type_lookup_value(tp, name);
  if (descr.is_obj() && descr.obj()->type->slots.descr_set) {
    return descr.obj()->type->slots.descr_set(rt, descr, obj, v);
  }
  if (obj.is_obj() && (tp->flags & (kTypeHasDict | kTypeSlotsOnly)) == kTypeHasDict) {
    Value& d = *instance_dict_slot(obj.obj());
    if (!v) {
      if (d) {
        int r = dict_del_str(rt, as_dict(d), name);
        if (r < 0) return false;
        if (r == 1) return true;
      }
      raise_attribute_error(rt, obj, name);
      return false;
    }
    if (!d) d = new_dict(rt).value();
    return dict_set_str(rt, as_dict(d), name, v);
  }
  if (descr) {
    rt.raise(rt.t.AttributeError, "'" + tp->name + "' object attribute '" + std::string(name->view()) + "' is read-only");
    return false;
  }
  rt.raise(rt.t.AttributeError, "'" + tp->name + "' object has no attribute '" + std::string(name->view()) + "'");
  return false;
}

// ---------------------------------------------------------------------------------------------
// type

static Value type_getattr(Runtime& rt, const Value& self, StrObject* name) {
  auto* type = static_cast<TypeObject*>(self.obj());
  TypeObject* meta = type->type;
  Value meta_attr = type_lookup_value(meta, name);
  DescrGetFn meta_get = nullptr;
  if (meta_attr.is_obj()) {
    meta_get = meta_attr.obj()->type->slots.descr_get;
    if (meta_get && meta_attr.obj()->type->slots.descr_set) {
      return meta_get(rt, meta_attr, self, Value::borrow(meta));
    }
  }
  Value attr = type_lookup_value(type, name);
  if (attr) {
    DescrGetFn get = attr.is_obj() ? attr.obj()->type->slots.descr_get : nullptr;
    if (get) return get(rt, attr, nullptr, self);
    return attr;
  }
  if (meta_get) return meta_get(rt, meta_attr, self, Value::borrow(meta));
  if (meta_attr) return meta_attr;
  return raise_attribute_error(rt, self, name);  // sets .name/.obj: "Did you mean" hints
}

static bool type_setattr(Runtime& rt, const Value& self, StrObject* name, const Value& v) {
  auto* type = static_cast<TypeObject*>(self.obj());
  if (!(type->flags & kTypeHeapType)) {
    rt.raise(rt.t.TypeError, "cannot set '" + std::string(name->view()) + "' attribute of immutable type '" +
                                 type->name + "'");
    return false;
  }
  Object* meta_attr = type_lookup(type->type, name);
  if (meta_attr && meta_attr->type->slots.descr_set) {
    return meta_attr->type->slots.descr_set(rt, Value::borrow(meta_attr), self, v);
  }
  bool ok;
  if (v) {
    ok = dict_set_str(rt, as_dict(type->dict), name, v);
  } else {
    int r = dict_del_str(rt, as_dict(type->dict), name);
    if (r == 0) {
      rt.raise(rt.t.AttributeError, "type object '" + type->name + "' has no attribute '" +
                                        std::string(name->view()) + "'");
    }
    ok = r == 1;
  }
  type_modified(rt, type);
  update_slot(rt, type, name);
  if (ok && name->view() == "__abstractmethods__") {
    // abc sets it; a non-empty set makes the class abstract (object.__new__ refuses it).
    int abstract = v ? truthy(rt, v) : 0;
    if (abstract < 0) return false;
    if (abstract) type->flags = static_cast<TypeFlags>(type->flags | kTypeAbstract);
    else type->flags = static_cast<TypeFlags>(type->flags & ~kTypeAbstract);
  }
  return ok;
}

static Value type_new(Runtime& rt, TypeObject* meta, CallArgs args) {
  if (args.nargs == 1 && args.nkw() == 0 && meta == rt.t.type) return Value::borrow(args[0].type(rt));
  if (args.nargs != 3) {
    return rt.raise(rt.t.TypeError, "type() takes 1 or 3 arguments");
  }
  Ref<DictObject> kw = new_dict(rt);
  for (size_t i = 0; i < args.nkw(); ++i) {
    dict_set(rt, kw.get(), (*args.kwnames)[static_cast<int64_t>(i)], args.kwvalues()[i]);
  }
  return make_class(rt, Value::borrow(meta), args[0], args[1], args[2], kw.value());
}

static bool type_init(Runtime& rt, const Value&, CallArgs args) {
  if (args.nargs != 1 && args.nargs != 3) {
    rt.raise(rt.t.TypeError, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

static Value type_get_name(Runtime& rt, const Value& self) {
  return make_str(rt, type_short_name(static_cast<TypeObject*>(self.obj())));
}
// check_set_special_type_attr: only a class's own name may change, and none can be deleted.
static bool check_set_special_type_attr(Runtime& rt, TypeObject* t, const Value& v, const char* name) {
  if (!(t->flags & kTypeHeapType)) {
    rt.raise(rt.t.TypeError, std::string("cannot set '") + name + "' attribute of immutable type '" + t->name + "'");
    return false;
  }
  if (!v) {
    rt.raise(rt.t.TypeError, std::string("cannot delete '") + name + "' attribute of immutable type '" + t->name + "'");
    return false;
  }
  return true;
}

static bool type_set_name(Runtime& rt, const Value& self, const Value& v) {
  auto* t = static_cast<TypeObject*>(self.obj());
  if (!check_set_special_type_attr(rt, t, v, "__name__")) return false;
  if (!is_str(rt, v)) {
    rt.raise(rt.t.TypeError, "can only assign string to " + t->name + ".__name__, not '" + type_name(rt, v) + "'");
    return false;
  }
  if (str_view(v).find('\0') != std::string_view::npos) {
    rt.raise(rt.t.ValueError, "type name must not contain null characters");
    return false;
  }
  t->name = std::string(str_view(v));
  t->flags = static_cast<TypeFlags>(t->flags & ~kTypeBuiltinName);
  return true;
}
static Value type_get_qualname(Runtime& rt, const Value& self) {
  return make_str(rt, static_cast<TypeObject*>(self.obj())->qualname);
}
static bool type_set_qualname(Runtime& rt, const Value& self, const Value& v) {
  auto* t = static_cast<TypeObject*>(self.obj());
  if (!check_set_special_type_attr(rt, t, v, "__qualname__")) return false;
  if (!is_str(rt, v)) {
    rt.raise(rt.t.TypeError, "can only assign string to " + t->name + ".__qualname__, not '" + type_name(rt, v) + "'");
    return false;
  }
  static_cast<TypeObject*>(self.obj())->qualname = std::string(str_view(v));
  return true;
}
static Value type_get_module(Runtime& rt, const Value& self) {
  auto* t = static_cast<TypeObject*>(self.obj());
  if (t->flags & kTypeHeapType) {
    Value m = dict_get_str(as_dict(t->dict), rt.n.__module__);
    if (m) return m;
  }
  return t->module_name ? t->module_name : Value::borrow(rt.intern("builtins"));
}
static bool type_set_module(Runtime& rt, const Value& self, const Value& v) {
  auto* t = static_cast<TypeObject*>(self.obj());
  if (!(t->flags & kTypeHeapType)) {
    rt.raise(rt.t.TypeError, "cannot set '__module__' attribute of immutable type '" + t->name + "'");
    return false;
  }
  if (is_str(rt, v)) t->module_name = v;
  return dict_set_str(rt, as_dict(t->dict), rt.n.__module__, v);
}
static Value type_get_mro(Runtime&, const Value& self) { return static_cast<TypeObject*>(self.obj())->mro; }
static Value type_get_bases(Runtime&, const Value& self) { return static_cast<TypeObject*>(self.obj())->bases; }
static Value type_get_base(Runtime& rt, const Value& self) {
  TypeObject* b = static_cast<TypeObject*>(self.obj())->base;
  return b ? Value::borrow(b) : rt.None();
}
static Value type_get_dict(Runtime& rt, const Value& self) {
  return make_mappingproxy(rt, static_cast<TypeObject*>(self.obj())->dict);
}
static Value type_get_doc(Runtime& rt, const Value& self) {
  auto* t = static_cast<TypeObject*>(self.obj());
  Value d = dict_get_str(as_dict(t->dict), rt.n.__doc__);
  return d ? d : rt.None();
}
// type.__doc__ setter (CPython's type_set_doc): heap types store it in their dict.
static bool type_set_doc(Runtime& rt, const Value& self, const Value& v) {
  auto* t = static_cast<TypeObject*>(self.obj());
  if (!(t->flags & kTypeHeapType)) {
    rt.raise(rt.t.TypeError, "cannot set '__doc__' attribute of immutable type '" + t->name + "'");
    return false;
  }
  if (!v) {
    rt.raise(rt.t.TypeError, "cannot delete '__doc__' attribute of immutable type '" + t->name + "'");
    return false;
  }
  return dict_set_str(rt, as_dict(t->dict), rt.n.__doc__, v);
}

static Value type_m_mro(Runtime& rt, const Value& self, CallArgs) {
  return list_from_iterable(rt, static_cast<TypeObject*>(self.obj())->mro);
}

static Value type_m_subclasses(Runtime& rt, const Value& self, CallArgs) {
  Ref<ListObject> out = new_list(rt);
  for (TypeObject* s : static_cast<TypeObject*>(self.obj())->subclasses) list_append(rt, out.get(), Value::borrow(s));
  return std::move(out).value();
}

static Value type_m_instancecheck(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__instancecheck__", 1, 1)) return nullptr;
  return rt.Bool(isinstance(rt, args[0], static_cast<TypeObject*>(self.obj())));
}

static Value type_m_subclasscheck(Runtime& rt, const Value& self, CallArgs args) {
  if (!check_nargs(rt, args, "__subclasscheck__", 1, 1)) return nullptr;
  if (!isinstance(rt, args[0], rt.t.type)) {
    return rt.raise(rt.t.TypeError, "issubclass() arg 1 must be a class");
  }
  return rt.Bool(is_subtype(static_cast<TypeObject*>(args[0].obj()), static_cast<TypeObject*>(self.obj())));
}

static Value type_m_prepare(Runtime& rt, const Value&, CallArgs) { return new_dict(rt).value(); }

static Value type_or(Runtime& rt, const Value& a, const Value& b) { return make_union(rt, a, b); }

static const MethodDef kTypeMethods[] = {
    {"mro", type_m_mro},
    {"__subclasses__", type_m_subclasses},
    {"__instancecheck__", type_m_instancecheck},
    {"__subclasscheck__", type_m_subclasscheck},
    {"__prepare__", type_m_prepare, kMethStatic},
    {nullptr, nullptr},
};

static const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {nullptr, nullptr},
};

static void type_traverse_all(Object* o, Visitor& visit) {
  auto* t = static_cast<TypeObject*>(o);
  visit(t->bases);
  visit(t->mro);
  visit(t->dict);
  visit(t->module_name);
}

static void type_clear_all(Object* o) {
  auto* t = static_cast<TypeObject*>(o);
  Value a = std::move(t->mro);
  Value b = std::move(t->dict);
  Value c = std::move(t->bases);
  t->version = 0;
}

static void type_dealloc_all(Object* o) {
  auto* t = static_cast<TypeObject*>(o);
  auto unlink = [t](TypeObject* b) {
    auto& subs = b->subclasses;
    for (size_t i = 0; i < subs.size(); ++i) {
      if (subs[i] == t) {
        subs.erase(subs.begin() + static_cast<std::ptrdiff_t>(i));
        return;
      }
    }
  };
  if (t->base) unlink(t->base);
  if (t->bases) {
    TupleObject* bt = as_tuple(t->bases);
    for (int64_t i = 0; i < bt->size; ++i) {
      auto* b = static_cast<TypeObject*>((*bt)[i].obj());
      if (b != t->base) unlink(b);
    }
  }
  if (t->base && (t->flags & kTypeHeapType)) decref(t->base);
  t->~TypeObject();
}

void install_object_and_type_slots(Runtime& rt) {
  TypeObject* object = rt.t.object;
  TypeSlots& os = object->slots;
  os.dealloc = object_dealloc;
  os.traverse = object_traverse;
  os.repr = default_repr;
  os.str = object_str;
  os.hash = object_hash;
  os.compare = object_compare;
  os.getattr = generic_getattr;
  os.setattr = generic_setattr;
  os.new_ = object_new;
  os.init = object_init;

  TypeObject* type = rt.t.type;
  TypeSlots& ts = type->slots;
  ts = os;
  ts.dealloc = type_dealloc_all;
  ts.traverse = type_traverse_all;
  ts.clear = type_clear_all;
  ts.repr = type_repr;
  ts.str = object_str;  // type has no __str__ of its own: str(cls) is repr(cls) (a metaclass's)
  ts.getattr = type_getattr;
  ts.setattr = type_setattr;
  ts.call = type_call;
  ts.new_ = type_new;
  ts.init = type_init;
  ts.binop[static_cast<int>(BinOp::Or)] = type_or;
}

void install_object_and_type_methods(Runtime& rt) {
  set_type_attr(rt, rt.t.object, "__doc__",
                make_str(rt, "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
                             "returns a new featureless\ninstance that has no instance attributes and cannot be given "
                             "any.\n"));
  add_methods(rt, rt.t.object, kObjectMethods);
  add_getsets(rt, rt.t.object, kObjectGetSets);
  add_methods(rt, rt.t.type, kTypeMethods);
  add_getsets(rt, rt.t.type, kTypeGetSets);
}

}  // namespace ls
