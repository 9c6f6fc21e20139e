// The module table and the import hook.
#include "modules/registry.hpp"

#include <cstring>

#include "lang/compiler.hpp"
#include "lang/traceback.hpp"
#include "lang/vm.hpp"
#include "modules/asyncio.hpp"
#include "modules/frozen.hpp"
#include "modules/stdlib.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
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
    {nullptr, nullptr},
};

void register_module(Runtime& rt, std::string_view name, const Value& module) {
  dict_set(rt, as_dict(rt.vm->modules), make_str(rt, name), module);
}

static Value load_frozen(Runtime& rt, const FrozenModule& fm) {
  std::string name = fm.name;
  Value m = make_module(rt, name);
  std::string filename = "<frozen " + name + ">";
  module_add(rt, m, "__file__", make_str(rt, filename));
  module_add(rt, m, "__builtins__", Value::borrow(rt.builtins_module));
  register_module(rt, name, m);  // before running: circular imports see the partial module
  std::string_view source(reinterpret_cast<const char*>(fm.source), fm.size);
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
  return m;
}

Value import_module(Runtime& rt, const Value& name) {
  VM& vm = *rt.vm;
  Value existing = dict_get(rt, as_dict(vm.modules), name);
  if (existing) return existing;
  if (rt.has_error()) return nullptr;
  std::string n(str_view(name));
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
  Value e = new_exception_msg(rt, rt.t.ModuleNotFoundError, "No module named '" + n + "'");
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
