// _warnings: the C++ side of the warnings module. Creating it installs Runtime::warn, the hook
// C++ code calls to issue a warning ("coroutine 'f' was never awaited", asyncio's
// DeprecationWarnings): the hook calls warnings.warn() (core/modules/py/warnings.py), so the
// program's filters, catch_warnings() and showwarning overrides apply as in CPython. Also
// getline(), the source line a warning shows.
#include "lang/traceback.hpp"
#include "lang/frame.hpp"
#include "lang/vm.hpp"
#include "modules/registry.hpp"
#include "modules/stdlib.hpp"
#include "object/dict.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

namespace {

// Without a usable warnings module (interpreter teardown): CPython's format for a warning
// issued with no Python frame running.
bool warn_fallback(Runtime& rt, TypeObject* category, std::string_view msg, const Value& source) {
  std::string text = "sys:1: " + category->name + ": " + std::string(msg) + "\n";
  if (source) text += category->name + ": Enable tracemalloc to get the object allocation traceback\n";
  rt.write(OutStream::Stderr, text);
  return true;
}

bool warn_hook(Runtime& rt, TypeObject* category, std::string_view msg, int stacklevel, const Value& source) {
  if (!rt.vm || !rt.vm->modules || !rt.vm->import_module) return warn_fallback(rt, category, msg, source);
  Value mod = import_module(rt, make_str(rt, "warnings"));
  if (!mod) {
    rt.clear_error();
    return warn_fallback(rt, category, msg, source);
  }
  Value warn = getattr(rt, mod, "warn");
  if (!warn) return false;
  // No Python frame running and sys.path gone: the interpreter is tearing down its modules
  // (CPython's finalize_modules sets sys.path, sys.meta_path, ... to None: its warnings module can
  // no longer import tracemalloc, so the hint line is not printed). Py_FinalizeEx's first
  // collection, before that (cyclic garbage at exit), still prints it.
  Value core = import_module(rt, make_str(rt, "_warnings"));
  if (!core) return false;
  bool finalizing = rt.vm->current == nullptr;
  if (finalizing && rt.vm->sys_module) {
    Value path = getattr_opt(rt, rt.vm->sys_module, rt.intern("path"));
    rt.clear_error();
    finalizing = !path || rt.is_none(path);
  }
  if (!setattr(rt, core, rt.intern("_finalizing"), rt.Bool(finalizing))) return false;
  Value r = call(rt, warn, {make_str(rt, msg), Value::borrow(category), Value::small(stacklevel),
                            source ? source : rt.None()});
  return static_cast<bool>(r);
}

bool warn_explicit_hook(Runtime& rt, TypeObject* category, std::string_view msg, std::string_view filename,
                        int lineno) {
  if (!rt.vm || !rt.vm->modules || !rt.vm->import_module) return true;
  Value mod = import_module(rt, make_str(rt, "warnings"));
  if (!mod) return false;
  Value warn = getattr(rt, mod, "warn_explicit");
  if (!warn) return false;
  return static_cast<bool>(call(rt, warn, {make_str(rt, msg), Value::borrow(category), make_str(rt, filename),
                                           Value::small(lineno)}));
}

Value w_getline(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "getline", 2, 2)) return nullptr;
  if (!is_str(rt, a[0])) return Value::borrow(rt.empty_str);
  int64_t lineno;
  if (!index_int64(rt, a[1], &lineno)) return nullptr;
  if (lineno < 1 || lineno > INT32_MAX) return Value::borrow(rt.empty_str);
  std::string line = source_line(rt, str_view(a[0]), static_cast<int>(lineno));
  if (!line.empty()) line += "\n";
  return make_str(rt, line);
}

// _getlines(filename): every line of a source the run knows, each ending with a newline, as
// linecache.getlines() gives them (an empty list for an unknown file); inspect's source functions
// read them.
Value w_getlines(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "_getlines", 1, 1)) return nullptr;
  Ref<ListObject> out = new_list(rt);
  if (!is_str(rt, a[0])) return std::move(out).value();
  auto it = rt.vm->sources.find(std::string(str_view(a[0])));
  if (it == rt.vm->sources.end()) return std::move(out).value();
  const std::string& src = it->second;
  size_t start = 0;
  while (start < src.size()) {
    size_t end = src.find('\n', start);
    std::string line = src.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    line += '\n';
    Value v = make_str(rt, line);
    if (!v) return nullptr;
    list_append(rt, out.get(), std::move(v));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return std::move(out).value();
}

}  // namespace

Value make_warnings_core_module(Runtime& rt) {
  rt.warn = warn_hook;
  rt.warn_explicit = warn_explicit_hook;
  Value m = make_module(rt, "_warnings");
  module_add_function(rt, m, "getline", w_getline);
  module_add_function(rt, m, "_getlines", w_getlines);
  module_add(rt, m, "_finalizing", rt.False());
  return m;
}

}  // namespace ls
