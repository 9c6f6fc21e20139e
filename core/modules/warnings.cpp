// _warnings: the C++ side of the warnings module. Creating it installs Runtime::warn, the hook
// C++ code calls to issue a warning ("coroutine 'f' was never awaited", asyncio's
// DeprecationWarnings): the hook calls warnings.warn() (core/modules/py/warnings.py), so the
// program's filters, catch_warnings() and showwarning overrides apply as in CPython. Also
// getline(), the source line a warning shows.
#include "lang/traceback.hpp"
#include "lang/frame.hpp"
#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "modules/registry.hpp"
#include "modules/stdlib.hpp"
#include "object/dict.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

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

// No Python frame running and sys.path gone: the interpreter is tearing down its modules
// (CPython's finalize_modules sets sys.path, sys.meta_path, ... to None: its warnings module can
// no longer import tracemalloc, so the hint line is not printed). Py_FinalizeEx's first
// collection, before that (cyclic garbage at exit), still prints it.
bool set_finalizing_flag(Runtime& rt) {
  Value core = import_module(rt, make_str(rt, "_warnings"));
  if (!core) return false;
  bool finalizing = rt.vm->current == nullptr;
  if (finalizing && rt.vm->sys_module) {
    Value path = getattr_opt(rt, rt.vm->sys_module, rt.intern("path"));
    rt.clear_error();
    finalizing = !path || rt.is_none(path);
  }
  return setattr(rt, core, rt.intern("_finalizing"), rt.Bool(finalizing));
}

bool warn_hook(Runtime& rt, TypeObject* category, std::string_view msg, int stacklevel, const Value& source) {
  if (!rt.vm || !rt.vm->modules || !rt.vm->import_module) return warn_fallback(rt, category, msg, source);
  // Issued where the loop's C++ stands for CPython's Python asyncio code, with no frame of the
  // program entered since: CPython's innermost frame is that code's (Handle._run for a coroutine
  // never awaited that dies with the frame of a task's coroutine, after that frame is gone).
  if (stacklevel == 1) {
    if (const AsyncioState::PySite* site = current_py_site(rt)) {
      return warn_asyncio_site(rt, category, msg, site->file, site->line, site->module, source);
    }
  }
  Value mod = import_module(rt, make_str(rt, "warnings"));
  if (!mod) {
    rt.clear_error();
    return warn_fallback(rt, category, msg, source);
  }
  Value warn = getattr(rt, mod, "warn");
  if (!warn) return false;
  if (!set_finalizing_flag(rt)) return false;
  Value r = call(rt, warn, {make_str(rt, msg), Value::borrow(category), Value::small(stacklevel),
                            source ? source : rt.None()});
  return static_cast<bool>(r);
}

// The lines of CPython 3.11.7's asyncio source at the places warn_asyncio_site() reports from, as
// its warnings show them.
struct SiteLine {
  const char* file;
  int line;
  const char* text;
};
constexpr SiteLine kSiteLines[] = {
    {"events.py", 72, "            self._callback = None"},
    {"events.py", 73, "            self._args = None"},
    {"events.py", 80, "        self._context.run(self._callback, *self._args)"},
    {"base_events.py", 1907, "            handle = self._ready.popleft()"},
    {"base_events.py", 1923, "        handle = None  # Needed to break cycles when an exception occurs."},
    {"base_events.py", 692, "            _warn(f\"unclosed event loop {self!r}\", ResourceWarning, source=self)"},
};
constexpr std::string_view kAsyncioDir = "/usr/lib/python3.11/asyncio/";

std::string site_line(std::string_view filename, int lineno) {
  if (filename.substr(0, kAsyncioDir.size()) != kAsyncioDir) return "";
  std::string_view file = filename.substr(kAsyncioDir.size());
  for (const SiteLine& s : kSiteLines) {
    if (file == s.file && lineno == s.line) return s.text;
  }
  return "";
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
  if (line.empty()) line = site_line(str_view(a[0]), static_cast<int>(lineno));
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

bool warn_asyncio_site(Runtime& rt, TypeObject* category, std::string_view msg, const char* file, int line,
                       const char* module, const Value& source) {
  if (!rt.vm || !rt.vm->modules || !rt.vm->import_module) return warn_fallback(rt, category, msg, source);
  Value mod = import_module(rt, make_str(rt, "warnings"));
  if (!mod) {
    rt.clear_error();
    return warn_fallback(rt, category, msg, source);
  }
  Value warn = getattr(rt, mod, "warn_explicit");
  if (!warn) return false;
  if (!set_finalizing_flag(rt)) return false;
  // warn()'s registry: the reporting module's __warningregistry__ (the 'default' action's once
  // per location).
  Value registry = rt.None();
  if (Value m = import_module(rt, make_str(rt, module))) {
    Value d = getattr_opt(rt, m, rt.intern("__dict__"));
    if (d && d.type(rt) == rt.t.dict) {
      StrObject* key = rt.intern("__warningregistry__");
      registry = dict_get_str(as_dict(d), key);
      if (!registry) {
        registry = new_dict(rt).value();
        dict_set_str(rt, as_dict(d), key, registry);
      }
    }
  }
  rt.clear_error();
  Value path = make_str(rt, std::string(kAsyncioDir) + file);
  Value args[] = {make_str(rt, msg),  Value::borrow(category), path,     Value::small(line),
                  make_str(rt, module), registry,              rt.None(), source ? source : rt.None()};
  return static_cast<bool>(call(rt, warn, CallArgs{args, 8, nullptr}));
}

// _warnings._asyncio_site(stacklevel): warn()'s sys._getframe(stacklevel) when that frame is one
// of CPython's Python asyncio code the loop's C++ stands for -- the frames of the program entered
// since a PySiteScope began sit right above it (a task's coroutine is called by Handle._run,
// events.py:80): (filename, lineno, the asyncio module's globals). None otherwise (a frame of the
// program, or deeper in asyncio's frames than modelled).
static Value w_asyncio_site(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "_asyncio_site", 1, 1)) return nullptr;
  int64_t level = 1;
  if (!index_int64(rt, a[0], &level)) return nullptr;
  if (level < 1) level = 1;
  AsyncioState* st = asyncio_state_if_any(rt);
  if (!st || st->py_sites.empty() || !rt.vm) return rt.None();
  const AsyncioState::PySite& site = st->py_sites.back();
  FrameObject* f = visible_frame(rt.vm->current);  // warn()'s own frame (k = 0)
  for (int64_t k = 0; f; ++k) {
    FrameObject* back = visible_frame(f->back);
    if (back == site.anchor) {
      if (k + 1 != level) return rt.None();
      Value m = import_module(rt, make_str(rt, site.module));
      Value d = m ? getattr_opt(rt, m, rt.intern("__dict__")) : Value();
      if (!d || d.type(rt) != rt.t.dict) {
        rt.clear_error();
        return rt.None();
      }
      return make_tuple(rt, {make_str(rt, std::string(kAsyncioDir) + site.file), make_int(rt, site.line), d});
    }
    if (k + 1 == level) return rt.None();
    f = back;
  }
  return rt.None();
}

Value make_warnings_core_module(Runtime& rt) {
  rt.warn = warn_hook;
  rt.warn_explicit = warn_explicit_hook;
  Value m = make_module(rt, "_warnings");
  module_add_function(rt, m, "getline", w_getline);
  module_add_function(rt, m, "_getlines", w_getlines);
  module_add_function(rt, m, "_asyncio_site", w_asyncio_site);
  module_add(rt, m, "_finalizing", rt.False());
  return m;
}

}  // namespace ls
