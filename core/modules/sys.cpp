// The sys module: argv, exit, stdout/stderr, recursion limit, version_info, exc_info,
// asyncgen hooks, _getframe.
#include "lang/compiler.hpp"
#include "lang/frame.hpp"
#include "lang/traceback.hpp"
#include "lang/vm.hpp"
#include "modules/registry.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/bytes.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// The stdout/stderr text streams.

struct TextIOObject : Object {
  int stream;  // 1 stdout, 2 stderr, 0 stdin
  Value buffer;    // the binary stream under it (.buffer)
  Value encoding;  // set by reconfigure(); null means utf-8
  Value errors;    // set by reconfigure(); null means the stream's default
  bool line_buffering;
};

// The binary stream under a text stream (sys.stdout.buffer): bytes written to it reach the
// same output, in order with the text written before.
struct BinaryIOObject : Object {
  int stream;
};

static Value tio_write(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "write", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) {
    return rt.raise(rt.t.TypeError, "write() argument must be str, not " + type_name(rt, a[0]));
  }
  auto* t = static_cast<TextIOObject*>(self.obj());
  if (t->stream == 0) return rt.raise(rt.t.OSError, "not writable");
  if (!rt.write(t->stream == 2 ? OutStream::Stderr : OutStream::Stdout, str_view(a[0]))) return nullptr;
  return Value::small(as_str(a[0])->length);
}
static Value tio_flush(Runtime& rt, const Value&, CallArgs) { return rt.None(); }
static Value tio_isatty(Runtime& rt, const Value&, CallArgs) { return rt.False(); }
static Value tio_readline(Runtime& rt, const Value&, CallArgs) { return Value::borrow(rt.empty_str); }
static Value tio_writelines(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "writelines", 1, 1)) return nullptr;
  bool ok = for_each(rt, a[0], [&](Value line) {
    Value r = tio_write(rt, self, CallArgs{&line, 1, nullptr});
    return static_cast<bool>(r);
  });
  return ok ? rt.None() : Value();
}
static const char* tio_name_of(const Value& self) {
  auto* t = static_cast<TextIOObject*>(self.obj());
  return t->stream == 1 ? "<stdout>" : t->stream == 2 ? "<stderr>" : "<stdin>";
}
static Value tio_repr(Runtime& rt, const Value& self) {
  auto* t = static_cast<TextIOObject*>(self.obj());
  const char* n = tio_name_of(self);
  const char* mode = t->stream == 0 ? "r" : "w";
  return make_str(rt, std::string("<_io.TextIOWrapper name='") + n + "' mode='" + mode + "' encoding='utf-8'>");
}
static Value tio_encoding(Runtime& rt, const Value& self) {
  auto* t = static_cast<TextIOObject*>(self.obj());
  return t->encoding ? t->encoding : make_str(rt, "utf-8");
}
static Value tio_errors(Runtime& rt, const Value& self) {
  auto* t = static_cast<TextIOObject*>(self.obj());
  if (t->errors) return t->errors;
  return make_str(rt, t->stream == 2 ? "backslashreplace" : "strict");
}
static Value tio_line_buffering(Runtime& rt, const Value& self) {
  auto* t = static_cast<TextIOObject*>(self.obj());
  return (t->line_buffering || t->stream == 2) ? rt.True() : rt.False();
}

// reconfigure(*, encoding, errors, newline, line_buffering, write_through): output is always
// written at once as UTF-8, so the settings are checked and remembered but change nothing.
static Value tio_reconfigure(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs) {
    return rt.raise(rt.t.TypeError, "reconfigure() takes no positional arguments");
  }
  Value args[5];
  if (!parse_args(rt, a, "reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0,
                  args)) {
    return nullptr;
  }
  auto* t = static_cast<TextIOObject*>(self.obj());
  for (int i = 0; i < 2; ++i) {
    if (!args[i] || rt.is_none(args[i])) continue;
    if (!is_str(rt, args[i])) {
      return rt.raise(rt.t.TypeError, std::string("reconfigure() argument '") + (i ? "errors" : "encoding") +
                                          "' must be str or None, not " + type_name(rt, args[i]));
    }
  }
  if (args[0] && !rt.is_none(args[0])) {
    // An unknown codec raises LookupError, as CPython's codec lookup does.
    Value probe = call_method(rt, make_str(rt, ""), rt.intern("encode"), {args[0]});
    if (!probe) return nullptr;
    t->encoding = args[0];
  }
  if (args[1] && !rt.is_none(args[1])) t->errors = args[1];
  if (args[3] && !rt.is_none(args[3])) {
    int truth = truthy(rt, args[3]);
    if (truth < 0) return nullptr;
    t->line_buffering = truth != 0;
  }
  return rt.None();
}

static Value bio_write(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "write", 1, 1)) return nullptr;
  std::string_view data;
  if (!bytes_like_view(rt, a[0], &data)) {
    return rt.raise(rt.t.TypeError, "a bytes-like object is required, not '" + type_name(rt, a[0]) + "'");
  }
  auto* b = static_cast<BinaryIOObject*>(self.obj());
  if (b->stream == 0) return rt.raise(rt.t.OSError, "not writable");
  if (!rt.write(b->stream == 2 ? OutStream::Stderr : OutStream::Stdout, data)) return nullptr;
  return Value::small(static_cast<int64_t>(data.size()));
}
static Value bio_read(Runtime& rt, const Value&, CallArgs) { return make_bytes(rt, ""); }
static const char* stream_name(int stream) {
  return stream == 1 ? "<stdout>" : stream == 2 ? "<stderr>" : "<stdin>";
}
static Value bio_repr(Runtime& rt, const Value& self) {
  int stream = static_cast<BinaryIOObject*>(self.obj())->stream;
  return make_str(rt, std::string(stream ? "<_io.BufferedWriter" : "<_io.BufferedReader") + " name='" +
                          stream_name(stream) + "'>");
}
static Value bio_name(Runtime& rt, const Value& self) {
  return make_str(rt, stream_name(static_cast<BinaryIOObject*>(self.obj())->stream));
}
static Value bio_mode(Runtime& rt, const Value& self) {
  return make_str(rt, static_cast<BinaryIOObject*>(self.obj())->stream ? "wb" : "rb");
}
static Value bio_writable(Runtime& rt, const Value& self, CallArgs) {
  return static_cast<BinaryIOObject*>(self.obj())->stream ? rt.True() : rt.False();
}
static Value bio_readable(Runtime& rt, const Value& self, CallArgs) {
  return static_cast<BinaryIOObject*>(self.obj())->stream ? rt.False() : rt.True();
}
static const MethodDef kBinaryIOMethods[] = {
    {"write", bio_write}, {"flush", tio_flush}, {"isatty", tio_isatty},
    {"read", bio_read},   {"readline", bio_read}, {"writable", bio_writable},
    {"readable", bio_readable}, {"seekable", tio_isatty}, {nullptr, nullptr},
};
static Value stream_closed(Runtime& rt, const Value&) { return rt.False(); }
static const GetSetDef kBinaryIOGetSets[] = {
    {"name", bio_name}, {"mode", bio_mode}, {"closed", stream_closed}, {nullptr, nullptr}};
static void bio_dealloc(Object*) {}

static Value tio_buffer(Runtime&, const Value& self) { return static_cast<TextIOObject*>(self.obj())->buffer; }

// The binary streams' type, made with sys (there is no per-run slot for it elsewhere).
static TypeObject* make_binary_io_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = bio_dealloc;
  s.repr = bio_repr;
  return make_builtin_type(
      rt, TypeSpec{"_io.BufferedWriter", nullptr, sizeof(BinaryIOObject), 0, kBinaryIOMethods, kBinaryIOGetSets, "_io"},
      s);
}
static Value tio_fileno(Runtime& rt, const Value& self, CallArgs) {
  return Value::small(static_cast<TextIOObject*>(self.obj())->stream);
}

static const MethodDef kTextIOMethods[] = {
    {"write", tio_write},       {"flush", tio_flush},       {"isatty", tio_isatty},
    {"readline", tio_readline}, {"writelines", tio_writelines}, {"reconfigure", tio_reconfigure},
    {"fileno", tio_fileno},     {nullptr, nullptr},
};
static Value tio_name(Runtime& rt, const Value& self) { return make_str(rt, tio_name_of(self)); }
static Value tio_mode(Runtime& rt, const Value& self) {
  return make_str(rt, static_cast<TextIOObject*>(self.obj())->stream == 0 ? "r" : "w");
}
static const GetSetDef kTextIOGetSets[] = {
    {"encoding", tio_encoding}, {"name", tio_name},     {"mode", tio_mode}, {"errors", tio_errors},
    {"buffer", tio_buffer},     {"line_buffering", tio_line_buffering}, {"closed", stream_closed},
    {nullptr, nullptr}};

static Value make_stream(Runtime& rt, int which, TypeObject* binary_type) {
  auto* b = alloc<BinaryIOObject>(rt, binary_type);
  b->stream = which;
  auto* t = alloc<TextIOObject>(rt, rt.t.text_io);
  t->stream = which;
  t->buffer = Value::steal(b);
  return Value::steal(t);
}

// ---------------------------------------------------------------------------------------------

static Value s_exit(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "exit", 0, 1)) return nullptr;
  Value e = a.nargs ? call(rt, Value::borrow(rt.t.SystemExit), {a[0]}) : call(rt, Value::borrow(rt.t.SystemExit), {});
  if (!e) return nullptr;
  rt.set_error(std::move(e));
  return nullptr;
}

static const char kRequestedRecursionLimit[] = "sys.requested_recursion_limit";

static Value s_getrecursionlimit(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "getrecursionlimit", 0, 0)) return nullptr;
  // A limit set above the interpreter's ceiling reads back as set (CPython has no ceiling).
  auto it = rt.module_state.find(kRequestedRecursionLimit);
  if (it != rt.module_state.end()) return Value::small(*static_cast<int64_t*>(it->second.get()));
  return Value::small(rt.limits.recursion_limit);
}

static Value s_setrecursionlimit(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "setrecursionlimit", 1, 1)) return nullptr;
  int64_t n;
  if (!is_int(rt, a[0])) return rt.raise(rt.t.TypeError, "'" + type_name(rt, a[0]) + "' object cannot be interpreted as an integer");
  if (!index_int64(rt, a[0], &n)) {
    rt.clear_error();
    n = INT64_MAX;
  }
  // CPython's checks in order: a C int, at least 1, above the current depth.
  if (n > INT32_MAX || n < INT32_MIN) return rt.raise(rt.t.OverflowError, "Python int too large to convert to C int");
  if (n < 1) return rt.raise(rt.t.ValueError, "recursion limit must be greater or equal than 1");
  int depth = rt.call_depth + 1;  // (CPython counts this call)
  if (depth >= n) {
    return rt.raise(rt.t.RecursionError, "cannot set the recursion limit to " + std::to_string(n) +
                                             " at the recursion depth " + std::to_string(depth) + ": the limit is too low");
  }
  // The interpreter's own ceiling keeps the host stack safe; higher requests are capped.
  rt.limits.recursion_limit = static_cast<int>(n > 20000 ? 20000 : n);
  if (n > 20000) rt.module_state[kRequestedRecursionLimit] = std::make_shared<int64_t>(n);
  else rt.module_state.erase(kRequestedRecursionLimit);
  return rt.None();
}

static Value s_exc_info(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "exc_info", 0, 0)) return nullptr;
  Value e = current_handled_exception(rt);
  if (!e) return make_tuple(rt, {rt.None(), rt.None(), rt.None()});
  Value tb = as_exc(e)->traceback;
  return make_tuple(rt, {Value::borrow(e.type(rt)), e, tb ? tb : rt.None()});
}

static Value s_exception(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "exception", 0, 0)) return nullptr;
  Value e = current_handled_exception(rt);
  return e ? e : rt.None();
}

static Value s_getframe(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "_getframe", 0, 1)) return nullptr;
  int64_t depth = 0;
  if (a.nargs && !index_int64(rt, a[0], &depth)) return nullptr;
  FrameObject* f = visible_frame(rt.vm->current);
  while (f && depth > 0) {
    f = visible_frame(f->back);
    --depth;
  }
  if (!f) return rt.raise(rt.t.ValueError, "call stack is not deep enough");
  gc_track(rt, f);
  return Value::borrow(f);
}

static Value s_set_asyncgen_hooks(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!parse_args(rt, a, "set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, args)) return nullptr;
  VM& vm = *rt.vm;
  if (args[0]) vm.asyncgen_firstiter = rt.is_none(args[0]) ? Value() : args[0];
  if (args[1]) vm.asyncgen_finalizer = rt.is_none(args[1]) ? Value() : args[1];
  return rt.None();
}

static Value s_set_coroutine_origin_tracking_depth(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!parse_args(rt, a, "set_coroutine_origin_tracking_depth", {"depth"}, 1, args)) return nullptr;
  int64_t depth = 0;
  if (!index_int64(rt, args[0], &depth)) return nullptr;
  if (depth < 0) return rt.raise(rt.t.ValueError, "depth must be >= 0");
  rt.vm->coro_origin_depth = depth > INT32_MAX ? INT32_MAX : static_cast<int>(depth);
  return rt.None();
}

static Value s_get_coroutine_origin_tracking_depth(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "get_coroutine_origin_tracking_depth", 0, 0)) return nullptr;
  return make_int(rt, rt.vm->coro_origin_depth);
}

// sys.unraisablehook / sys.__unraisablehook__: the default report of an exception that could not
// be raised (PyErr_WriteUnraisable's write_unraisable_exc_file), from an UnraisableHookArgs.
static Value s_unraisablehook(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "unraisablehook", 1, 1)) return nullptr;
  auto field = [&](const char* name) {
    Value v = getattr(rt, a[0], name);
    return v;
  };
  Value exc_type = field("exc_type"), exc_value = exc_type ? field("exc_value") : Value();
  Value tb = exc_value ? field("exc_traceback") : Value();
  Value err_msg = tb ? field("err_msg") : Value();
  Value obj = err_msg ? field("object") : Value();
  if (!obj) return nullptr;
  std::string out;
  auto text = [&](const Value& v, bool use_repr, const char* failed) {
    std::string s;
    if (use_repr ? repr_string(rt, v, &s) : str_string(rt, v, &s)) return s;
    rt.clear_error();
    return std::string(failed);
  };
  if (!rt.is_none(obj)) {
    out += rt.is_none(err_msg) ? std::string("Exception ignored in: ") : text(err_msg, false, "") + ": ";
    out += text(obj, true, "<object repr() failed>") + "\n";
  } else if (!rt.is_none(err_msg)) {
    out += text(err_msg, false, "") + ":\n";
  }
  if (!rt.is_none(tb) && tb.type(rt) == rt.t.traceback) {
    out += "Traceback (most recent call last):\n" + format_traceback(rt, tb, {}, true);
  }
  if (!rt.is_none(exc_type)) {
    Value mod = getattr_opt(rt, exc_type, rt.intern("__module__"));
    Value qual = getattr_opt(rt, exc_type, rt.intern("__qualname__"));
    rt.clear_error();
    std::string m = mod && is_str(rt, mod) ? std::string(str_view(mod)) : std::string("<unknown>");
    if (m != "builtins" && m != "__main__") out += m + ".";
    out += qual && is_str(rt, qual) ? std::string(str_view(qual)) : std::string("<unknown>");
    if (!rt.is_none(exc_value)) out += ": " + text(exc_value, false, "<exception str() failed>");
    out += "\n";
  }
  rt.write(OutStream::Stderr, out);
  return rt.None();
}

// Runtime::unraisable_hook: a sys.unraisablehook other than the default gets an
// UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object); if it fails, its own
// error is reported by the default hook as 'Exception ignored in sys.unraisablehook: <hook>'.
static bool call_unraisable_hook(Runtime& rt, std::string_view prefix, const Value& obj, const Value& exc) {
  if (!rt.vm || !rt.vm->sys_module) return false;
  Value hook = getattr_opt(rt, rt.vm->sys_module, rt.intern("unraisablehook"));
  rt.clear_error();
  if (!hook || (hook.type(rt) == rt.t.builtin_function &&
                static_cast<BuiltinFunctionObject*>(hook.obj())->fn == s_unraisablehook)) {
    return false;
  }
  static const char kArgs[] =
      "import _structseq\n"
      "_fields = ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object')\n"
      "UnraisableHookArgs = _structseq._make('UnraisableHookArgs', 'builtins', _fields, 5)\n"
      "def __repr__(self):\n"
      "    return 'UnraisableHookArgs(%s)' % ', '.join('%s=%r' % fv for fv in zip(_fields, self))\n"
      "UnraisableHookArgs.__repr__ = __repr__\n";
  // The class is made once per run and kept in module_state, which releases it (a Value) when
  // the run is torn down, before the last collection.
  struct HeldClass {
    Value cls;
  };
  const char* key = "sys.UnraisableHookArgs";
  Value cls;
  auto it = rt.module_state.find(key);
  if (it != rt.module_state.end()) {
    cls = static_cast<HeldClass*>(it->second.get())->cls;
  } else {
    CompileResult cr = compile_source(rt, kArgs, "<sys>");
    if (cr.error) return false;
    Value ns = new_dict(rt).value();
    dict_set_str(rt, as_dict(ns), rt.intern("__builtins__"), Value::borrow(rt.builtins_module));
    dict_set_str(rt, as_dict(ns), rt.intern("__name__"), make_str(rt, "sys"));
    if (!exec_code(rt, cr.code, ns, ns)) {
      rt.clear_error();
      return false;
    }
    cls = dict_get_str(as_dict(ns), rt.intern("UnraisableHookArgs"));
    if (!cls) return false;
    rt.module_state[key] = std::make_shared<HeldClass>(HeldClass{cls});
  }
  Value tb = is_exception_instance(exc) ? as_exc(exc)->traceback : Value();
  std::string msg(prefix);
  Value err_msg = rt.None();
  if (msg != "Exception ignored in: ") {
    while (!msg.empty() && (msg.back() == ' ' || msg.back() == ':')) msg.pop_back();
    err_msg = make_str(rt, msg);
  }
  Value args = make_tuple(rt, {Value::borrow(exc.type(rt)), exc, tb ? tb : rt.None(), err_msg, obj ? obj : rt.None()});
  Value hargs = call(rt, cls, {args});
  Value r = hargs ? call(rt, hook, {hargs}) : Value();
  if (r) return true;
  Value err = rt.take_error();
  std::string hr;
  if (!repr_string(rt, hook, &hr)) {
    rt.clear_error();
    hr = "<object repr() failed>";
  }
  rt.write(OutStream::Stderr, "Exception ignored in sys.unraisablehook: " + hr + "\n");
  if (err && rt.print_unraisable) rt.print_unraisable(rt, err);
  return true;
}

static Value s_get_asyncgen_hooks(Runtime& rt, const Value&, CallArgs) {
  VM& vm = *rt.vm;
  return make_tuple(rt, {vm.asyncgen_firstiter ? vm.asyncgen_firstiter : rt.None(),
                         vm.asyncgen_finalizer ? vm.asyncgen_finalizer : rt.None()});
}

static Value s_getrefcount(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "getrefcount", 1, 1)) return nullptr;
  return Value::small(a[0].is_obj() ? a[0].obj()->refcnt : 1);
}

static Value s_intern(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "intern", 1, 1)) return nullptr;
  if (!is_str(rt, a[0])) return rt.raise(rt.t.TypeError, "intern() argument must be str, not " + type_name(rt, a[0]));
  return Value::borrow(rt.intern(str_view(a[0])));
}

// sys.audit(event, *args): no audit hooks can be added (there is no sys.addaudithook), so raising
// an event does nothing (CPython checks the event only when a hook is installed).
static Value s_audit(Runtime& rt, const Value&, CallArgs a) {
  if (a.nkw()) return rt.raise(rt.t.TypeError, "sys.audit() takes no keyword arguments");
  if (a.nargs == 0) return rt.raise(rt.t.TypeError, "audit() missing 1 required positional argument: 'event'");
  return rt.None();
}

static Value s_get_int_max_str_digits(Runtime& rt, const Value&, CallArgs) {
  return Value::small(rt.limits.int_max_str_digits);
}
static Value s_set_int_max_str_digits(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!parse_args(rt, a, "set_int_max_str_digits", {"maxdigits"}, 1, args)) return nullptr;
  int64_t n;
  if (!index_int64(rt, args[0], &n)) return nullptr;
  if (n != 0 && n < 640) return rt.raise(rt.t.ValueError, "maxdigits must be 0 or larger than 640");
  rt.limits.int_max_str_digits = n;
  return rt.None();
}

// CPython's _PySys_GetSizeOf: type(o).__sizeof__(o), checked, plus the type's pre-header: the GC
// link (16 bytes) of container types, and for a class whose instances keep their __dict__ in
// CPython 3.11's managed-dict slots (a class with a __dict__ over plain object) two pointers more.
// With a default, a TypeError gives the default.
static Value s_getsizeof(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!parse_args(rt, a, "getsizeof", {"object", "default"}, 1, args)) return nullptr;
  const Value& o = args[0];
  TypeObject* tp = o.type(rt);
  Value r;
  Value method = type_lookup_value(tp, rt.n.__sizeof__);
  if (!method) {
    rt.raise(rt.t.TypeError, "Type " + tp->name + " doesn't define __sizeof__");
  } else {
    r = call(rt, method, {o});
  }
  int64_t size = 0;
  if (r) {
    if (!is_int(rt, r)) {
      rt.raise(rt.t.TypeError, "an integer is required");
      r = Value();
    } else if (!index_int64(rt, r, &size)) {
      r = Value();
    } else if (size < 0) {
      rt.raise(rt.t.ValueError, "__sizeof__() should return >= 0");
      r = Value();
    }
  }
  if (!r) {
    if (args[1] && rt.error_matches(rt.t.TypeError)) {
      rt.clear_error();
      return args[1];
    }
    return nullptr;
  }
  if (tp->flags & kTypeGc) size += 16;
  if ((tp->flags & kTypeHeapType) && (tp->flags & kTypeHasDict) && tp->solid == rt.t.object) size += 16;
  return make_int(rt, size);
}

static Value s_excepthook(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "excepthook", 3, 3)) return nullptr;
  print_exception(rt, a[1]);
  return rt.None();
}

// sys.displayhook (CPython's sys_displayhook): what an expression statement compiled in 'single'
// mode calls with its value.
static Value s_displayhook(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!parse_args(rt, a, "displayhook", {"object"}, 1, args)) return nullptr;
  if (rt.is_none(args[0])) return rt.None();
  Value builtins = Value::borrow(rt.builtins_module);
  if (!setattr(rt, builtins, rt.intern("_"), rt.None())) return nullptr;
  Value out = rt.vm->sys_module ? getattr_opt(rt, rt.vm->sys_module, rt.intern("stdout")) : Value();
  if (!out || rt.is_none(out)) {
    if (rt.has_error()) return nullptr;
    return rt.raise(rt.t.RuntimeError, "lost sys.stdout");
  }
  Value text = repr(rt, args[0]);
  if (!text) return nullptr;
  if (!call_method(rt, out, rt.intern("write"), {text})) return nullptr;
  if (!call_method(rt, out, rt.intern("write"), {make_str(rt, "\n")})) return nullptr;
  if (!setattr(rt, builtins, rt.intern("_"), args[0])) return nullptr;
  return rt.None();
}

static const MethodDef kSysFunctions[] = {
    {"displayhook", s_displayhook, kMethStatic},
    {"exit", s_exit, kMethStatic},
    {"getrecursionlimit", s_getrecursionlimit, kMethStatic},
    {"setrecursionlimit", s_setrecursionlimit, kMethStatic},
    {"exc_info", s_exc_info, kMethStatic},
    {"exception", s_exception, kMethStatic},
    {"_getframe", s_getframe, kMethStatic},
    {"set_asyncgen_hooks", s_set_asyncgen_hooks, kMethStatic},
    {"get_asyncgen_hooks", s_get_asyncgen_hooks, kMethStatic},
    {"unraisablehook", s_unraisablehook, kMethStatic},
    {"set_coroutine_origin_tracking_depth", s_set_coroutine_origin_tracking_depth, kMethStatic},
    {"get_coroutine_origin_tracking_depth", s_get_coroutine_origin_tracking_depth, kMethStatic},
    {"getrefcount", s_getrefcount, kMethStatic},
    {"intern", s_intern, kMethStatic},
    {"audit", s_audit, kMethStatic},
    {"get_int_max_str_digits", s_get_int_max_str_digits, kMethStatic},
    {"set_int_max_str_digits", s_set_int_max_str_digits, kMethStatic},
    {"getsizeof", s_getsizeof, kMethStatic},
    {"excepthook", s_excepthook, kMethStatic},
    {nullptr, nullptr},
};

static void tio_dealloc(Object* o) {
  auto* t = static_cast<TextIOObject*>(o);
  t->buffer.reset();
  t->encoding.reset();
  t->errors.reset();
}

// sys.float_info, sys.int_info, sys.hash_info, sys.flags and sys.implementation, built with _structseq (the
// same helper as time.struct_time) so that their repr and attributes are CPython's.
static void add_sys_structseqs(Runtime& rt, const Value& sys) {
  Value ss = import_module(rt, make_str(rt, "_structseq"));
  Value make = ss ? getattr(rt, ss, "_make") : Value();
  if (!make) {
    rt.clear_error();
    return;
  }
  auto add = [&](const char* attr, const char* type_name, std::initializer_list<const char*> fields,
                 std::initializer_list<Value> values) {
    Ref<TupleObject> names = new_tuple(rt, static_cast<int64_t>(fields.size()));
    int64_t i = 0;
    for (const char* f : fields) (*names)[i++] = make_str(rt, f);
    Value cls = call(rt, make, {make_str(rt, type_name), make_str(rt, "sys"), names.value(),
                                Value::small(static_cast<int64_t>(fields.size()))});
    if (cls && isinstance(rt, cls, rt.t.type)) {
      set_builtin_type_name(rt, static_cast<TypeObject*>(cls.obj()), std::string("sys.") + type_name);
    }
    Value v = cls ? call(rt, cls, {make_tuple(rt, values)}) : Value();
    if (v) module_add(rt, sys, attr, v);
    rt.clear_error();
  };
  add("float_info", "float_info",
      {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
       "rounds"},
      {make_float(rt, 1.7976931348623157e+308), Value::small(1024), Value::small(308),
       make_float(rt, 2.2250738585072014e-308), Value::small(-1021), Value::small(-307), Value::small(15),
       Value::small(53), make_float(rt, 2.220446049250313e-16), Value::small(2), Value::small(1)});
  add("version_info", "version_info", {"major", "minor", "micro", "releaselevel", "serial"},
      {Value::small(3), Value::small(11), Value::small(7), make_str(rt, "final"), Value::small(0)});
  add("int_info", "int_info", {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
      {Value::small(30), Value::small(4), Value::small(4300), Value::small(640)});
  add("hash_info", "hash_info",
      {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
      {Value::small(64), make_int(rt, static_cast<int64_t>((1ULL << 61) - 1)), Value::small(314159), Value::small(0),
       Value::small(1000003), make_str(rt, "siphash13"), Value::small(64), Value::small(128), Value::small(0)});
  add("flags", "flags",
      {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
       "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
       "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
      {Value::small(0), Value::small(0), Value::small(0), Value::small(0), Value::small(0), Value::small(0),
       Value::small(0), Value::small(0), Value::small(0), Value::small(0), Value::small(0), Value::small(1),
       Value::small(0), rt.False(), Value::small(0), Value::small(0), rt.False(), Value::small(-1)});
  // sys.implementation: a types.SimpleNamespace (types imports sys, so a look-alike is built here).
  static const char kImplementation[] =
      "class SimpleNamespace:\n"
      "    def __init__(self, **kw):\n"
      "        self.__dict__.update(kw)\n"
      "    def __repr__(self):\n"
      "        return 'namespace(' + ', '.join('%s=%r' % kv for kv in self.__dict__.items()) + ')'\n"
      "    def __eq__(self, other):\n"
      "        return isinstance(other, SimpleNamespace) and self.__dict__ == other.__dict__\n"
      "SimpleNamespace.__module__ = 'types'\n"
      "implementation = SimpleNamespace(name='cpython', cache_tag='cpython-311', version=version,\n"
      "                                 hexversion=0x30b07f0, _multiarch='x86_64-linux-gnu')\n";
  CompileResult cr = compile_source(rt, kImplementation, "<sys>");
  if (!cr.error) {
    Value ns = new_dict(rt).value();
    dict_set_str(rt, as_dict(ns), rt.intern("__builtins__"), Value::borrow(rt.builtins_module));
    dict_set_str(rt, as_dict(ns), rt.intern("__name__"), make_str(rt, "types"));
    Value version = getattr(rt, sys, "version_info");
    if (version) dict_set_str(rt, as_dict(ns), rt.intern("version"), version);
    rt.clear_error();
    if (exec_code(rt, cr.code, ns, ns)) {
      Value impl = dict_get_str(as_dict(ns), rt.intern("implementation"));
      if (impl) module_add(rt, sys, "implementation", impl);
    }
    rt.clear_error();
  }
}

Value make_sys_module(Runtime& rt, std::string_view main_filename, const std::vector<std::string>& argv) {
  if (!rt.t.text_io) {
    TypeSlots s;
    s.dealloc = tio_dealloc;
    s.repr = tio_repr;
    rt.t.text_io = make_builtin_type(
        rt, TypeSpec{"_io.TextIOWrapper", nullptr, sizeof(TextIOObject), 0, kTextIOMethods, kTextIOGetSets, "_io"}, s);
  }
  Value m = make_module(rt, "sys");
  for (const MethodDef* d = kSysFunctions; d->name; ++d) {
    module_add(rt, m, d->name, make_builtin_function(rt, d->name, d->fn, m));
  }
  Ref<ListObject> av = new_list(rt);
  list_append(rt, av.get(), make_str(rt, main_filename));
  for (const std::string& s : argv) list_append(rt, av.get(), make_str(rt, s));
  module_add(rt, m, "argv", std::move(av).value());
  TypeObject* binary_type = make_binary_io_type(rt);
  Value out = make_stream(rt, 1, binary_type), err = make_stream(rt, 2, binary_type), in = make_stream(rt, 0, binary_type);
  module_add(rt, m, "stdout", out);
  module_add(rt, m, "stderr", err);
  module_add(rt, m, "stdin", in);
  module_add(rt, m, "__stdout__", out);
  module_add(rt, m, "__stderr__", err);
  module_add(rt, m, "__stdin__", in);
  module_add(rt, m, "version", make_str(rt, "3.11.7 (main, LoopScope) [C++ interpreter]"));
  module_add(rt, m, "hexversion", make_int(rt, 0x030B07F0));
  module_add(rt, m, "platform", make_str(rt, "linux"));
  module_add(rt, m, "byteorder", make_str(rt, "little"));
  module_add(rt, m, "executable", make_str(rt, ""));
  module_add(rt, m, "maxsize", make_int(rt, INT64_MAX));
  module_add(rt, m, "maxunicode", make_int(rt, 0x10FFFF));
  module_add(rt, m, "path", new_list(rt).value());
  module_add(rt, m, "warnoptions", new_list(rt).value());
  module_add(rt, m, "dont_write_bytecode", rt.True());
  module_add(rt, m, "modules", rt.vm->modules);
  module_add(rt, m, "builtin_module_names", make_tuple(rt, {make_str(rt, "builtins"), make_str(rt, "sys")}));
  module_add(rt, m, "__excepthook__", getattr(rt, m, "excepthook"));
  module_add(rt, m, "__displayhook__", getattr(rt, m, "displayhook"));
  module_add(rt, m, "__unraisablehook__", getattr(rt, m, "unraisablehook"));
  rt.unraisable_hook = call_unraisable_hook;
  add_sys_structseqs(rt, m);
  return m;
}

}  // namespace ls
