// module objects.
#include "object/module.hpp"

#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

Value make_module(Runtime& rt, std::string_view name) {
  auto* m = alloc<ModuleObject>(rt, rt.t.module);
  m->dict = new_dict(rt).value();
  m->name = make_str(rt, name);
  dict_set_str(rt, as_dict(m->dict), rt.n.__name__, m->name);
  dict_set_str(rt, as_dict(m->dict), rt.n.__doc__, rt.None());
  // As module.__init__ leaves them (the import system fills them in for imported modules).
  dict_set_str(rt, as_dict(m->dict), rt.intern("__package__"), rt.None());
  dict_set_str(rt, as_dict(m->dict), rt.intern("__loader__"), rt.None());
  dict_set_str(rt, as_dict(m->dict), rt.intern("__spec__"), rt.None());
  gc_track(rt, m);
  return Value::steal(m);
}

void module_add(Runtime& rt, const Value& module, const char* name, Value v) {
  dict_set_str(rt, as_dict(as_module(module)->dict), rt.intern(name), std::move(v));
}

void module_add_function(Runtime& rt, const Value& module, const char* name,
                         Value (*fn)(Runtime&, const Value&, CallArgs)) {
  module_add(rt, module, name, make_builtin_function(rt, name, fn, module));
}

static void mod_dealloc(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  m->dict.reset();
  m->name.reset();
}
static void mod_traverse(Object* o, Visitor& v) {
  auto* m = static_cast<ModuleObject*>(o);
  v(m->dict);
  v(m->name);
}
static void mod_clear(Object* o) { static_cast<ModuleObject*>(o)->dict.reset(); }

static Value mod_getattr(Runtime& rt, const Value& self, StrObject* name) {
  auto* m = as_module(self);
  if (m->dict) {
    Value* v = dict_lookup_str(as_dict(m->dict), name);
    if (v) return *v;
  }
  if (name == rt.n.__dict__) return m->dict;
  Value r = generic_getattr(rt, self, name);
  if (r || !rt.error_matches(rt.t.AttributeError)) return r;
  rt.clear_error();
  Value getattr_hook = m->dict ? dict_get_str(as_dict(m->dict), rt.n.__getattr__) : Value();
  if (getattr_hook) return call(rt, getattr_hook, {Value::borrow(name)});
  return raise_attribute_error(rt, self, name);  // sets .name/.obj: "Did you mean" hints
}

static bool mod_setattr(Runtime& rt, const Value& self, StrObject* name, const Value& v) {
  auto* m = as_module(self);
  if (v) return dict_set_str(rt, as_dict(m->dict), name, v);
  int r = dict_del_str(rt, as_dict(m->dict), name);
  if (r == 0) {
    rt.raise(rt.t.AttributeError, "module '" + std::string(str_view(m->name)) + "' has no attribute '" +
                                      std::string(name->view()) + "'");
  }
  return r == 1;
}

static Value mod_repr(Runtime& rt, const Value& self) {
  auto* m = as_module(self);
  std::string name(str_view(m->name));
  Value file = dict_get_str(as_dict(m->dict), rt.n.__file__);
  if (file && is_str(rt, file)) {
    return make_str(rt, "<module '" + name + "' from '" + std::string(str_view(file)) + "'>");
  }
  return make_str(rt, "<module '" + name + "' (built-in)>");
}

static Value mod_new(Runtime& rt, TypeObject*, CallArgs a) {
  Value args[2];
  if (!parse_args(rt, a, "module", {"name", "doc"}, 1, args)) return nullptr;
  if (!is_str(rt, args[0])) return rt.raise(rt.t.TypeError, "module.__init__() argument 'name' must be str");
  Value m = make_module(rt, str_view(args[0]));
  if (args[1]) module_add(rt, m, "__doc__", args[1]);
  return m;
}

// module.__dir__(): the names in the module's __dict__, or what a module-level __dir__() returns
// (PEP 562). dir() sorts them; AttributeError's "Did you mean" hint searches them.
static Value mod_m_dir(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "__dir__", 0, 0)) return nullptr;
  auto* m = as_module(self);
  if (!m->dict) return new_list(rt).value();
  Value hook = dict_get_str(as_dict(m->dict), rt.intern("__dir__"));
  if (hook) return call(rt, hook, {});
  return list_from_iterable(rt, m->dict);
}

static const MethodDef kModuleMethods[] = {
    {"__dir__", mod_m_dir},
    {nullptr, nullptr},
};

void init_module_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = mod_dealloc;
  s.traverse = mod_traverse;
  s.clear = mod_clear;
  s.getattr = mod_getattr;
  s.setattr = mod_setattr;
  s.repr = mod_repr;
  s.new_ = mod_new;
  rt.t.module = make_builtin_type(rt, TypeSpec{"module", nullptr, sizeof(ModuleObject), kTypeGc | kTypeBaseType}, s);
  add_methods(rt, rt.t.module, kModuleMethods);
}

}  // namespace ls
