// The module table and the import hook.
#include "modules/registry.hpp"
#include "modules/contextvars.hpp"

#include <cstring>
#include <memory>
#include <utility>

#include "lang/code.hpp"
#include "lang/compiler.hpp"
#include "lang/function.hpp"
#include "lang/traceback.hpp"
#include "lang/vm.hpp"
#include "modules/asyncio.hpp"
#include "modules/frozen.hpp"
#include "modules/stdlib.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/class.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// Native modules: name -> constructor. Python-level modules live in core/modules/py/.
struct NativeModule {
  const char* name;
  Value (*make)(Runtime& rt);
};

static const NativeModule kNativeModules[] = {
    {"asyncio", make_asyncio_module},
    {"time", make_time_module},
    {"math", make_math_module},
    {"_random", make_random_core_module},
    {"_warnings", make_warnings_core_module},
    {"_traceback", make_traceback_core_module},
    {"_hashlib", make_hashlib_core_module},
    {"gc", make_gc_module},
    {"_contextvars", make_contextvars_core_module},
    {"_loopscope", make_loopscope_module},
    {"_weakref", make_weakref_core_module},
    {nullptr, nullptr},
};

void register_module(Runtime& rt, std::string_view name, const Value& module) {
  dict_set(rt, as_dict(rt.vm->modules), make_str(rt, name), module);
}

// --- C functions written in Python ----------------------------------------------------------
// A frozen module names in `__native__` what CPython implements in C (a function, a class, or
// "Class.method"). Their code, with every code object nested in it, is marked kCoNative, so
// their frames stay out of tracebacks and frame chains as a C call's would.

static void mark_code_native(Runtime& rt, CodeObject* co) {
  co->flags |= kCoNative;
  TupleObject* consts = as_tuple(co->consts);
  for (int64_t i = 0; i < consts->size; ++i) {
    const Value& c = (*consts)[i];
    if (c.is_obj() && c.obj()->type == rt.t.code) mark_code_native(rt, as_code(c));
  }
}

// A function, a classmethod/staticmethod/property's functions, or (with `members`) every such
// attribute a class defines. `members` is set for the module's own names.
static void mark_native(Runtime& rt, const Value& obj, bool members) {
  if (!obj.is_obj()) return;
  TypeObject* t = obj.obj()->type;
  if (t == rt.t.function) {
    mark_code_native(rt, as_code(as_function(obj)->code));
    // A module-level function becomes a builtin_function_or_method (no binding as a class
    // attribute, CPython's type name); methods stay functions, as C methods bind.
    if (members && str_view(as_function(obj)->qualname).find('.') == std::string_view::npos) {
      obj.obj()->type = rt.t.native_function;
    }
  } else if (t == rt.t.classmethod || t == rt.t.staticmethod) {
    mark_native(rt, static_cast<ClassMethodObject*>(obj.obj())->callable, false);
  } else if (t == rt.t.property) {
    auto* p = static_cast<PropertyObject*>(obj.obj());
    for (const Value* f : {&p->fget, &p->fset, &p->fdel}) mark_native(rt, *f, false);
  } else if (members && isinstance(rt, obj, rt.t.type)) {
    DictObject* d = as_dict(static_cast<TypeObject*>(obj.obj())->dict);
    int64_t pos = 0;
    DictEntry* e = nullptr;
    while (dict_next(d, &pos, &e)) mark_native(rt, e->value, false);
  }
}

// Resolves "name" or "Class.attr" in the module's namespace (class attributes from the class's
// own dict, so a classmethod is found as such).
static Value lookup_native_name(Runtime& rt, DictObject* ns, std::string_view dotted) {
  size_t dot = dotted.find('.');
  Value v = dict_get_str(ns, rt.intern(dotted.substr(0, dot)));
  while (v && dot != std::string_view::npos) {
    dotted = dotted.substr(dot + 1);
    dot = dotted.find('.');
    if (!isinstance(rt, v, rt.t.type)) return nullptr;
    v = dict_get_str(as_dict(static_cast<TypeObject*>(v.obj())->dict), rt.intern(dotted.substr(0, dot)));
  }
  return v;
}

// "*": every function and class the module defines itself (not the names it imported).
static void mark_module_native(Runtime& rt, DictObject* ns) {
  int64_t pos = 0;
  DictEntry* e = nullptr;
  while (dict_next(ns, &pos, &e)) {
    const Value& v = e->value;
    if (!v.is_obj()) continue;
    bool own_function = v.obj()->type == rt.t.function && as_function(v)->globals.obj() == ns;
    bool own_class = false;
    if (isinstance(rt, v, rt.t.type)) {
      Value mod = dict_get_str(as_dict(static_cast<TypeObject*>(v.obj())->dict), rt.n.__module__);
      Value name = dict_get_str(ns, rt.n.__name__);
      own_class = mod && name && is_str(rt, mod) && str_view(mod) == str_view(name);
    }
    if (own_function || own_class) mark_native(rt, v, true);
  }
}

static void apply_native_list(Runtime& rt, const Value& module) {
  DictObject* ns = as_dict(as_module(module)->dict);
  Value list = dict_pop_str(rt, ns, rt.intern("__native__"));
  if (!list || !isinstance(rt, list, rt.t.tuple)) return;
  TupleObject* names = as_tuple(list);
  for (int64_t i = 0; i < names->size; ++i) {
    if (!is_str(rt, (*names)[i])) continue;
    std::string_view name = str_view((*names)[i]);
    if (name == "*") {
      mark_module_native(rt, ns);
      continue;
    }
    Value target = lookup_native_name(rt, ns, name);
    if (target) mark_native(rt, target, name.find('.') == std::string_view::npos);
  }
}

static const char kSourceProviderKey[] = "modules.source_provider";

void set_module_source_provider(Runtime& rt, ModuleSourceProvider provider) {
  rt.module_state[kSourceProviderKey] = std::make_shared<ModuleSourceProvider>(std::move(provider));
}

static Value load_frozen(Runtime& rt, const FrozenModule& fm) {
  std::string name = fm.name;
  // A build without the sources (the page's module) asks its host for them on first import.
  std::string fetched;
  std::string_view source(reinterpret_cast<const char*>(fm.source), fm.size);
  if (!fm.source) {
    auto it = rt.module_state.find(kSourceProviderKey);
    auto* provider = it == rt.module_state.end() ? nullptr : static_cast<ModuleSourceProvider*>(it->second.get());
    if (!provider || !*provider || !(*provider)(name, &fetched)) {
      return rt.raise(rt.t.ImportError, "built-in module " + name + " is not available: its source could not be loaded");
    }
    source = fetched;
  }
  Value m = make_module(rt, name);
  std::string filename = "<frozen " + name + ">";
  module_add(rt, m, "__file__", make_str(rt, filename));
  module_add(rt, m, "__builtins__", Value::borrow(rt.builtins_module));
  register_module(rt, name, m);  // before running: circular imports see the partial module
  CompileResult cr = compile_source(rt, source, filename);
  if (cr.error) {
    dict_del(rt, as_dict(rt.vm->modules), make_str(rt, name));
    return rt.raise(rt.t.ImportError, "built-in module " + name + " failed to compile: " + cr.error->msg + " (line " +
                                          std::to_string(cr.error->lineno) + ")");
  }
  register_source(rt, filename, source);
  Value dict = as_module(m)->dict;
  Value r = exec_code(rt, cr.code, dict, dict);
  if (!r) {
    dict_del(rt, as_dict(rt.vm->modules), make_str(rt, name));
    return nullptr;
  }
  apply_native_list(rt, m);
  return m;
}

Value import_module(Runtime& rt, const Value& name) {
  VM& vm = *rt.vm;
  Value existing = dict_get(rt, as_dict(vm.modules), name);
  if (existing) return existing;
  if (rt.has_error()) return nullptr;
  std::string n(str_view(name));
  // PyImport_ImportModule("a.b") imports the package "a" first, whose code may register "a.b"
  // (concurrent.py puts concurrent.futures in sys.modules). A parent that cannot be found
  // leaves the name to the tables below.
  size_t pdot = n.rfind('.');
  if (pdot != std::string::npos && !dict_get(rt, as_dict(vm.modules), make_str(rt, n.substr(0, pdot)))) {
    rt.clear_error();
    Value parent = import_module(rt, make_str(rt, n.substr(0, pdot)));
    if (!parent) {
      if (!rt.error_matches(rt.t.ModuleNotFoundError)) return nullptr;
      rt.clear_error();
    }
    existing = dict_get(rt, as_dict(vm.modules), name);
    if (existing) return existing;
    rt.clear_error();
  }
  for (const NativeModule* nm = kNativeModules; nm->name; ++nm) {
    if (n == nm->name) {
      Value m = nm->make(rt);
      if (!m) return nullptr;
      register_module(rt, n, m);
      return m;
    }
  }
  for (const FrozenModule* fm = kFrozenModules; fm->name; ++fm) {
    if (n == fm->name) return load_frozen(rt, *fm);
  }
  // importlib: a submodule of a module that is not a package says so.
  std::string msg = "No module named '" + n + "'";
  size_t dot = n.rfind('.');
  if (dot != std::string::npos) {
    std::string parent = n.substr(0, dot);
    static const char* const kPackages[] = {"asyncio", "collections", "concurrent", "json", "logging", "re",
                                            "importlib", "email", "unittest", "xml", "urllib", "http",
                                            "encodings", "ctypes", "multiprocessing", "sqlite3", "html"};
    bool package = false;
    for (const char* p : kPackages) package = package || parent == p;
    Value pm = dict_get(rt, as_dict(vm.modules), make_str(rt, parent));
    rt.clear_error();
    if (pm && !package && pm.type(rt) == rt.t.module) {
      package = static_cast<bool>(getattr_opt(rt, pm, rt.intern("__path__")));
      rt.clear_error();
    }
    if (pm && !package) msg += "; '" + parent + "' is not a package";
  }
  Value e = new_exception_msg(rt, rt.t.ModuleNotFoundError, msg);
  if (e) {
    as_exc(e)->extra[0] = name;
    rt.set_error(std::move(e));
  }
  return nullptr;
}

void init_modules(Runtime& rt, std::string_view main_filename, const std::vector<std::string>& argv) {
  VM& vm = *rt.vm;
  vm.modules = new_dict(rt).value();
  Value builtins = make_builtins_module(rt);
  rt.builtins_module = builtins.obj();
  incref(rt.builtins_module);
  vm.builtins = as_module(builtins)->dict;
  register_module(rt, "builtins", builtins);
  Value sys = make_sys_module(rt, main_filename, argv);
  vm.sys_module = sys;
  register_module(rt, "sys", sys);
  vm.import_module = import_module;
  // sys.version_info is a named tuple defined in Python.
  Value init = import_module(rt, make_str(rt, "_sysinit"));
  if (init) {
    Value vi_type = getattr(rt, init, "version_info");
    Value fields = make_tuple(rt, {Value::small(3), Value::small(11), Value::small(7), make_str(rt, "final"),
                                   Value::small(0)});
    Value vi = vi_type ? call(rt, vi_type, {fields}) : Value();
    if (vi) module_add(rt, sys, "version_info", vi);
  }
  rt.clear_error();
  // __main__
  // The names CPython's __main__ has when it runs a script, in its order (the loader is None:
  // there is no importlib here).
  Value main = make_module(rt, "__main__");
  module_add(rt, main, "__annotations__", new_dict(rt).value());
  module_add(rt, main, "__builtins__", builtins);
  module_add(rt, main, "__file__", make_str(rt, main_filename));
  module_add(rt, main, "__cached__", rt.None());
  vm.main_module = main;
  register_module(rt, "__main__", main);
}

}  // namespace ls
