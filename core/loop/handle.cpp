// events.Handle and events.TimerHandle, and the repr helpers shared by asyncio objects
// (reprlib limits, format_helpers._format_callback_source).
#include <cstdio>
#include <vector>

#include "modules/contextvars.hpp"
#include "lang/function.hpp"
#include "lang/generator.hpp"
#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "loop/source_tb.hpp"
#include "toolkit/util.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// reprlib.repr (Lib/reprlib.py with its default limits)

namespace {
struct ReprLimits {
  int maxlevel = 6, maxtuple = 6, maxlist = 6, maxdict = 4, maxset = 6, maxfrozenset = 6, maxdeque = 6;
  int maxstring = 30, maxlong = 40, maxother = 30;
};

std::string repr_rec(Runtime& rt, const Value& v, int level, bool* ok);

std::string truncate_middle(const std::string& s, size_t maxlen) {
  // reprlib: s[:i] + '...' + s[len(s)-j:] with i = max(0, (maxlen-3)//2), j = max(0, maxlen-3-i)
  if (s.size() <= maxlen) return s;
  size_t i = maxlen >= 3 ? (maxlen - 3) / 2 : 0;
  size_t j = maxlen >= 3 + i ? maxlen - 3 - i : 0;
  return s.substr(0, i) + "..." + s.substr(s.size() - j);
}

std::string repr_items(Runtime& rt, const std::vector<Value>& items, int level, const char* left, const char* right,
                       int maxiter, const std::string& trail, bool* ok) {
  if (items.empty()) return std::string(left) + right;
  if (level <= 0) return std::string(left) + "..." + right;
  std::string out = left;
  int n = 0;
  for (const Value& x : items) {
    if (n == maxiter) {
      out += ", ...";
      break;
    }
    if (n) out += ", ";
    out += repr_rec(rt, x, level - 1, ok);
    if (!*ok) return "";
    ++n;
  }
  if (items.size() == 1) out += trail;
  return out + right;
}

// reprlib._possibly_sorted: sorted(x), or list(x) when the items do not compare.
Value possibly_sorted(Runtime& rt, const Value& x) {
  Value l = list_from_iterable(rt, x);
  if (!l) return nullptr;
  Value copy = list_from_iterable(rt, l);
  if (!copy) return nullptr;
  if (list_sort(rt, as_list(copy), Value(), false)) return copy;
  if (!rt.error_matches(rt.t.Exception)) return nullptr;
  rt.clear_error();
  return l;
}

std::string repr_rec(Runtime& rt, const Value& v, int level, bool* ok) {
  ReprLimits L;
  TypeObject* t = v.type(rt);
  // reprlib dispatches on the type's name: repr_set, repr_frozenset, repr_deque
  bool is_set = t == rt.t.set, is_frozenset = t == rt.t.frozenset, is_deque = type_short_name(t) == "deque";
  if (is_set || is_frozenset || is_deque) {
    Value items = is_deque ? list_from_iterable(rt, v) : possibly_sorted(rt, v);
    if (!items) {
      *ok = false;
      return "";
    }
    ListObject* l = as_list(items);
    if (l->size == 0 && !is_deque) return is_set ? "set()" : "frozenset()";
    std::vector<Value> elems(l->items, l->items + l->size);
    const char* left = is_set ? "{" : is_frozenset ? "frozenset({" : "deque([";
    const char* right = is_set ? "}" : is_frozenset ? "})" : "])";
    return repr_items(rt, elems, level, left, right, is_set ? L.maxset : is_frozenset ? L.maxfrozenset : L.maxdeque,
                      "", ok);
  }
  if (t == rt.t.tuple) {
    TupleObject* tu = as_tuple(v);
    std::vector<Value> items(tu->items(), tu->items() + tu->size);
    return repr_items(rt, items, level, "(", ")", L.maxtuple, ",", ok);
  }
  if (t == rt.t.list) {
    ListObject* l = as_list(v);
    std::vector<Value> items(l->items, l->items + l->size);
    return repr_items(rt, items, level, "[", "]", L.maxlist, "", ok);
  }
  if (t == rt.t.str) {
    std::string s = str_repr(str_view(v));
    if (s.size() > static_cast<size_t>(L.maxstring)) {
      // reprlib repr_str: builtins.repr(x[:maxstring]) then truncate
      std::string_view sv = str_view(v);
      StrObject* so = as_str(v);
      std::string head(sv.substr(0, str_byte_offset(so, std::min<int64_t>(so->length, L.maxstring))));
      s = str_repr(head);
      s = truncate_middle(s, static_cast<size_t>(L.maxstring));
    }
    return s;
  }
  if (t == rt.t.int_ || v.is_small()) {
    Value r = repr(rt, v);
    if (!r) {
      *ok = false;
      return "";
    }
    std::string s(str_view(r));
    return truncate_middle(s, static_cast<size_t>(L.maxlong));
  }
  if (t == rt.t.dict) {
    DictObject* d = as_dict(v);
    if (d->used == 0) return "{}";
    if (level <= 0) return "{...}";
    // for key in islice(_possibly_sorted(x), self.maxdict): ... x[key]
    Value keys = possibly_sorted(rt, v);
    if (!keys) {
      *ok = false;
      return "";
    }
    std::string out = "{";
    ListObject* kl = as_list(keys);
    for (int64_t n = 0; n < kl->size; ++n) {
      if (n == L.maxdict) {
        out += ", ...";
        break;
      }
      if (n) out += ", ";
      Value key = kl->items[n];
      out += repr_rec(rt, key, level - 1, ok);
      if (!*ok) return "";
      Value val = getitem(rt, v, key);
      if (!val) {
        *ok = false;
        return "";
      }
      out += ": ";
      out += repr_rec(rt, val, level - 1, ok);
      if (!*ok) return "";
    }
    return out + "}";
  }
  // repr_instance: a failing __repr__ (an Exception) is made up for.
  Value r = repr(rt, v);
  if (!r) {
    if (!rt.error_matches(rt.t.Exception)) {
      *ok = false;
      return "";
    }
    rt.clear_error();
    return "<" + std::string(type_short_name(t)) + " instance at " + hex_id(rt, v) + ">";
  }
  return truncate_middle(std::string(str_view(r)), static_cast<size_t>(L.maxother));
}
}  // namespace

std::string short_repr(Runtime& rt, const Value& v, bool* ok) {
  *ok = true;
  return repr_rec(rt, v, 6, ok);
}

// ---------------------------------------------------------------------------------------------
// format_helpers

static std::string qualname_of(Runtime& rt, const Value& fn, bool* ok) {
  Value qn = getattr_opt(rt, fn, rt.n.__qualname__);
  if (rt.has_error()) {
    rt.clear_error();
  }
  if (qn && is_str(rt, qn) && as_str(qn)->length > 0) return std::string(str_view(qn));
  Value n = getattr_opt(rt, fn, rt.n.__name__);
  rt.clear_error();
  if (n && is_str(rt, n) && as_str(n)->length > 0) return std::string(str_view(n));
  std::string r;
  if (!repr_string(rt, fn, &r)) {
    *ok = false;
    return "";
  }
  return r;
}

static bool is_partial(Runtime& rt, const Value& fn) {
  TypeObject* t = fn.type(rt);
  return type_short_name(t) == "partial" && t->module_name && str_view(t->module_name) == "functools";
}

static std::string format_args(Runtime& rt, const Value& args, const Value& kwargs, bool* ok) {
  std::string out = "(";
  bool first = true;
  if (args && isinstance(rt, args, rt.t.tuple)) {
    TupleObject* t = as_tuple(args);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!first) out += ", ";
      first = false;
      out += short_repr(rt, (*t)[i], ok);
      if (!*ok) return "";
    }
  }
  if (kwargs && isinstance(rt, kwargs, rt.t.dict)) {
    DictObject* d = as_dict(kwargs);
    for (int64_t pos = 0;;) {
      DictEntry* e;
      if (!dict_next(d, &pos, &e)) break;
      if (!first) out += ", ";
      first = false;
      out += std::string(is_str(rt, e->key) ? str_view(e->key) : "?") + "=" + short_repr(rt, e->value, ok);
      if (!*ok) return "";
    }
  }
  return out + ")";
}

namespace {
struct NativeCallbackSite {
  NativeFn fn;
  const char* qualname;
  const char* file;
  int line;
  bool partial_of_self;
};
std::vector<NativeCallbackSite>& native_callback_sites() {
  static std::vector<NativeCallbackSite> sites;
  return sites;
}
const NativeCallbackSite* native_callback_site(Runtime& rt, const Value& fn) {
  if (!fn.is_obj() || fn.obj()->type != rt.t.builtin_function) return nullptr;
  NativeFn f = static_cast<BuiltinFunctionObject*>(fn.obj())->fn;
  for (const NativeCallbackSite& s : native_callback_sites())
    if (s.fn == f) return &s;
  return nullptr;
}
}  // namespace

void register_native_callback(NativeFn fn, const char* qualname, const char* file, int line, bool partial_of_self) {
  auto& v = native_callback_sites();
  for (const NativeCallbackSite& s : v)
    if (s.fn == fn) return;
  v.push_back(NativeCallbackSite{fn, qualname, file, line, partial_of_self});
}

static std::string format_callback(Runtime& rt, const Value& fn, const Value& args, const Value& kwargs,
                                   const std::string& suffix, bool* ok, int depth = 0) {
  if (const NativeCallbackSite* site = native_callback_site(rt, fn)) {
    std::string s = format_args(rt, args, kwargs, ok) + suffix;
    if (!*ok) return "";
    if (!site->partial_of_self) return site->qualname + s;
    Value self = static_cast<BuiltinFunctionObject*>(fn.obj())->self;
    std::string inner = format_args(rt, make_tuple(rt, {self ? self : rt.None()}), Value(), ok);
    if (!*ok) return "";
    return site->qualname + inner + s;
  }
  if (depth < 20 && is_partial(rt, fn)) {
    std::string s = format_args(rt, args, kwargs, ok) + suffix;
    Value f = getattr_opt(rt, fn, rt.intern("func"));
    Value a = getattr_opt(rt, fn, rt.intern("args"));
    Value k = getattr_opt(rt, fn, rt.intern("keywords"));
    rt.clear_error();
    if (f) return format_callback(rt, f, a, k, s, ok, depth + 1);
  }
  std::string r = qualname_of(rt, fn, ok);
  if (!*ok) return "";
  r += format_args(rt, args, kwargs, ok);
  return r + suffix;
}

static bool function_source(Runtime& rt, const Value& fn, std::string* file, int* line, int depth = 0) {
  Value f = fn;
  // inspect.unwrap: follow __wrapped__
  for (int i = 0; i < 50; ++i) {
    Value w = getattr_opt(rt, f, rt.n.__wrapped__);
    rt.clear_error();
    if (!w) break;
    f = w;
  }
  if (const NativeCallbackSite* site = native_callback_site(rt, f)) {
    *file = std::string("/usr/lib/python3.11/asyncio/") + site->file;
    *line = site->line;
    return true;
  }
  if (f.type(rt) == rt.t.function) {
    CodeObject* co = as_code(as_function(f)->code);
    *file = std::string(str_view(co->filename));
    *line = co->firstlineno;
    return true;
  }
  if (depth < 20 && is_partial(rt, f)) {
    Value inner = getattr_opt(rt, f, rt.intern("func"));
    rt.clear_error();
    if (inner) return function_source(rt, inner, file, line, depth + 1);
  }
  return false;
}

std::string format_callback_source(Runtime& rt, const Value& fn, const Value& args, bool* ok) {
  *ok = true;
  std::string r = format_callback(rt, fn, args, Value(), "", ok);
  if (!*ok) return "";
  std::string file;
  int line;
  if (function_source(rt, fn, &file, &line)) r += " at " + file + ":" + std::to_string(line);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Handle

Value new_handle(Runtime& rt, const Value& callback, Value args, const Value& loop, const Value& context) {
  AsyncioState& st = asyncio_state(rt);
  auto* h = alloc<HandleObject>(rt, st.handle_type);
  h->callback = callback;
  h->args = args ? std::move(args) : Value::borrow(rt.empty_tuple);
  h->loop = loop;
  h->context = context ? context : context_copy_current(rt);  // events.Handle: copy_context()
  h->seq = ++st.next_id;
  h->trace_line = 0;
  h->source_tb = capture_source_traceback(rt, loop, nullptr, 0, kHandleSourceTracebackLimit);
  gc_track(rt, h);
  return Value::steal(h);
}

Value new_timer_handle(Runtime& rt, double when, const Value& callback, Value args, const Value& loop,
                       const Value& context) {
  AsyncioState& st = asyncio_state(rt);
  auto* h = alloc<HandleObject>(rt, st.timer_handle_type);
  h->callback = callback;
  h->args = args ? std::move(args) : Value::borrow(rt.empty_tuple);
  h->loop = loop;
  h->context = context ? context : context_copy_current(rt);
  h->is_timer = true;
  h->when = when;
  h->seq = ++st.next_id;
  h->trace_line = 0;
  h->source_tb = capture_source_traceback(rt, loop, nullptr, 0, kHandleSourceTracebackLimit);
  gc_track(rt, h);
  return Value::steal(h);
}

Value native_callable(Runtime& rt, const NativeCallback& cb, const Value& self) {
  return make_builtin_function(rt, cb.name, cb.fn, self, cb.owner);
}

// handle._callback as Python sees it
static Value handle_callable(Runtime& rt, HandleObject* h) {
  if (h->native.fn && h->callback) return native_callable(rt, h->native, h->callback);
  return h->callback;
}

void handle_cancel(Runtime& rt, HandleObject* h) {
  if (h->cancelled) return;
  if (h->is_timer) {
    AsyncioState* st = asyncio_state_if_any(rt);
    if (st && st->trace) st->trace->timer_cancelled(h);
  }
  if (h->is_timer && h->scheduled && h->loop) as_loop(h->loop)->timer_cancelled_count++;
  h->cancelled = true;
  h->native = NativeCallback{};
  AsyncioState& st = asyncio_state(rt);
  {
    PySiteScope site(rt, st, "events.py", 72, "asyncio.events");  // self._callback = None
    h->callback.reset();
  }
  {
    PySiteScope site(rt, st, "events.py", 73, "asyncio.events");  // self._args = None
    h->args.reset();
  }
}

PySiteScope::PySiteScope(Runtime& rt, AsyncioState& s, const char* file, int line, const char* module) : st(s) {
  st.py_sites.push_back({rt.vm ? visible_frame(rt.vm->current) : nullptr, file, line, module});
}

const AsyncioState::PySite* current_py_site(Runtime& rt) {
  AsyncioState* st = asyncio_state_if_any(rt);
  if (!st || st->py_sites.empty() || !rt.vm) return nullptr;
  const AsyncioState::PySite& s = st->py_sites.back();
  return visible_frame(rt.vm->current) == s.anchor ? &s : nullptr;
}

void handle_run(Runtime& rt, const Value& hv) {
  HandleObject* h = as_handle(hv);
  Value cb = h->callback;
  Value args = h->args;
  if (!cb) return;
  PySiteScope site(rt, asyncio_state(rt), "events.py", 80, "asyncio.events");  // Handle._run
  // _run_once's `self._current_handle = handle` (debug mode only)
  CurrentHandleScope current(rt, h->loop && is_loop(rt, h->loop) && as_loop(h->loop)->debug ? h : nullptr);
  StdFrameScope std_frame(rt, h->loop, &kSiteHandleRun);
  TupleObject* at = as_tuple(args);
  Value r;
  // Handle._run: self._context.run(self._callback, *self._args). A handle made before
  // contextvars came into use gets the empty context it would have copied.
  if (!h->context && contextvars_active(rt)) h->context = context_new_empty(rt);
  Value run_ctx = h->context;
  bool entered = false;
  // Handle._run and Context.run's call; a task's __step/__wakeup (native here) is one more.
  PyFrameDepth depth(rt, h->native.fn ? 3 : 2);
  if (run_ctx && !is_context(rt, run_ctx)) {
    // Some other object given as context=: its run() is called, as Handle._run does.
    cb = handle_callable(rt, h);
    Value run = getattr(rt, run_ctx, "run");
    if (run) {
      std::vector<Value> cargs{cb};
      for (int64_t i = 0; i < at->size; ++i) cargs.push_back(at->items()[i]);
      r = call(rt, run, CallArgs{cargs.data(), cargs.size(), nullptr});
    }
  } else if (run_ctx && !context_enter(rt, run_ctx)) {
    cb = handle_callable(rt, h);
  } else {
    entered = static_cast<bool>(run_ctx);
    if (h->native.fn) {
      NativeCallback nc = h->native;
      if (++rt.c_depth > kMaxCDepth) {
        --rt.c_depth;
        rt.raise(rt.t.RecursionError, "maximum recursion depth exceeded while calling a Python object");
      } else {
        r = nc.fn(rt, cb, CallArgs{at->items(), static_cast<size_t>(at->size), nullptr});
        --rt.c_depth;
      }
      if (!r && !rt.has_error()) rt.raise(rt.t.SystemError, "native callback failed without an exception");
      if (!r) cb = native_callable(rt, nc, cb);
    } else {
      r = call(rt, cb, CallArgs{at->items(), static_cast<size_t>(at->size), nullptr});
    }
  }
  if (entered) context_exit(rt, run_ctx);
  if (r) return;
  if (rt.aborting()) return;
  if (rt.error_matches(rt.t.SystemExit) || rt.error_matches(rt.t.KeyboardInterrupt)) return;
  Value exc = rt.take_error();
  // CPython's traceback always starts at Handle._run's frame (asyncio/events.py, left out here):
  // the header is printed even when the callback is a builtin (fut.set_result, int) that adds no
  // frame of the program.
  if (is_exception_instance(exc)) as_exc(exc)->hidden_python_frames = true;
  bool ok;
  std::string src = format_callback_source(rt, cb, args, &ok);
  if (!ok) {
    rt.clear_error();
    src = "?";
  }
  Ref<DictObject> ctx = new_dict(rt);
  dict_set_str(rt, ctx.get(), rt.intern("message"), make_str(rt, "Exception in callback " + src));
  dict_set_str(rt, ctx.get(), rt.intern("exception"), exc);
  dict_set_str(rt, ctx.get(), rt.intern("handle"), hv);
  if (h->source_tb) dict_set_str(rt, ctx.get(), rt.intern("source_traceback"), h->source_tb);
  // CPython calls the handler from Handle._run's `except` block: the handler sees the exception
  // as sys.exc_info(), and what it raises is chained to it.
  VM& vm = *rt.vm;
  ExcInfo handling{exc, vm.exc_info};
  vm.exc_info = &handling;
  loop_call_exception_handler(rt, h->loop, ctx.value());
  vm.exc_info = handling.previous;
}

static void handle_dealloc(Object* o) {
  auto* h = static_cast<HandleObject*>(o);
  h->when_obj.reset();
  h->callback.reset();
  h->args.reset();
  h->loop.reset();
  h->context.reset();
  h->source_tb.reset();
}
static void handle_traverse(Object* o, Visitor& v) {
  auto* h = static_cast<HandleObject*>(o);
  v(h->callback);
  v(h->args);
  v(h->loop);
  v(h->context);
  v(h->when_obj);
  v(h->source_tb);
}

static Value handle_repr(Runtime& rt, const Value& self) {
  HandleObject* h = as_handle(self);
  std::string out = "<" + std::string(type_short_name(self.type(rt)));
  if (h->cancelled) out += " cancelled";
  if (h->is_timer) {
    Value w = h->when_obj ? repr(rt, h->when_obj) : float_repr_value(rt, h->when);
    if (!w) return nullptr;
    out += " when=" + std::string(str_view(w));
  }
  if (h->callback) {
    bool ok;
    std::string s = format_callback_source(rt, handle_callable(rt, h), h->args, &ok);
    if (!ok) return nullptr;
    out += " " + s;
  }
  out += source_traceback_repr(rt, h->source_tb);
  return make_str(rt, out + ">");
}

// Handle and TimerHandle are Python classes in CPython (events.py): wrong arguments get a `def`'s
// messages with the method's qualname.
static bool no_args(Runtime& rt, CallArgs a, const char* qualname) {
  if (a.nargs == 0 && a.nkw() == 0) return true;
  return bind_args(rt, a, qualname, {}, 0, 0, nullptr);
}
static Value m_cancel(Runtime& rt, const Value& self, CallArgs a) {
  if (!no_args(rt, a, "Handle.cancel")) return nullptr;
  handle_cancel(rt, as_handle(self));
  return rt.None();
}
static Value m_timer_cancel(Runtime& rt, const Value& self, CallArgs a) {
  if (!no_args(rt, a, "TimerHandle.cancel")) return nullptr;
  handle_cancel(rt, as_handle(self));
  return rt.None();
}
static Value m_cancelled(Runtime& rt, const Value& self, CallArgs a) {
  if (!no_args(rt, a, "Handle.cancelled")) return nullptr;
  return rt.Bool(as_handle(self)->cancelled);
}
static Value m_when(Runtime& rt, const Value& self, CallArgs a) {
  if (!no_args(rt, a, "TimerHandle.when")) return nullptr;
  if (as_handle(self)->when_obj) return as_handle(self)->when_obj;
  return make_float(rt, as_handle(self)->when);
}
static Value m_run(Runtime& rt, const Value& self, CallArgs) {
  handle_run(rt, self);
  if (rt.has_error()) return nullptr;
  return rt.None();
}

static const MethodDef kHandleMethods[] = {
    {"cancel", m_cancel}, {"cancelled", m_cancelled}, {"_run", m_run},
    {nullptr, nullptr}};
static const MethodDef kTimerHandleMethods[] = {{"when", m_when}, {"cancel", m_timer_cancel}, {nullptr, nullptr}};

static Value g_callback(Runtime& rt, const Value& s) {
  Value c = handle_callable(rt, as_handle(s));
  return c ? c : rt.None();
}
static Value g_args(Runtime& rt, const Value& s) {
  Value a = as_handle(s)->args;
  return a ? a : rt.None();
}
static Value g_cancelled(Runtime& rt, const Value& s) { return rt.Bool(as_handle(s)->cancelled); }
static Value g_loop(Runtime& rt, const Value& s) {
  Value l = as_handle(s)->loop;
  return l ? l : rt.None();
}
static Value g_when(Runtime& rt, const Value& s) {
  if (as_handle(s)->when_obj) return as_handle(s)->when_obj;
  return make_float(rt, as_handle(s)->when);
}
static Value g_scheduled(Runtime& rt, const Value& s) { return rt.Bool(as_handle(s)->scheduled); }

static Value g_source_traceback(Runtime& rt, const Value& s) {
  return source_traceback_value(rt, as_handle(s)->source_tb);
}
static const GetSetDef kHandleGetSets[] = {
    {"_callback", g_callback}, {"_args", g_args}, {"_cancelled", g_cancelled}, {"_loop", g_loop},
    {"_source_traceback", g_source_traceback}, {nullptr, nullptr}};
static const GetSetDef kTimerHandleGetSets[] = {{"_when", g_when}, {"_scheduled", g_scheduled}, {nullptr, nullptr}};

// TimerHandle comparisons: by `when` (and for ==, callback/args/cancelled as well).
static Value timer_compare(Runtime& rt, const Value& a, const Value& b, CmpOp op) {
  AsyncioState& st = asyncio_state(rt);
  if (!isinstance(rt, b, st.timer_handle_type)) return rt.NotImplemented();
  HandleObject* x = as_handle(a);
  HandleObject* y = as_handle(b);
  auto eq = [&]() -> int {
    if (x->when != y->when || x->cancelled != y->cancelled) return 0;
    int e = (x->callback && y->callback) ? equal(rt, x->callback, y->callback) : (x->callback.is(y->callback) ? 1 : 0);
    if (e <= 0) return e;
    return (x->args && y->args) ? equal(rt, x->args, y->args) : (x->args.is(y->args) ? 1 : 0);
  };
  switch (op) {
    case CmpOp::Lt: return rt.Bool(x->when < y->when);
    case CmpOp::Gt: return rt.Bool(x->when > y->when);
    case CmpOp::Le: {
      if (x->when < y->when) return rt.True();
      int e = eq();
      return e < 0 ? Value() : rt.Bool(e);
    }
    case CmpOp::Ge: {
      if (x->when > y->when) return rt.True();
      int e = eq();
      return e < 0 ? Value() : rt.Bool(e);
    }
    case CmpOp::Eq: {
      int e = eq();
      return e < 0 ? Value() : rt.Bool(e);
    }
    case CmpOp::Ne: {
      int e = eq();
      return e < 0 ? Value() : rt.Bool(!e);
    }
  }
  return rt.NotImplemented();
}

static bool timer_hash(Runtime& rt, const Value& v, int64_t* out) {
  Value w = make_float(rt, as_handle(v)->when);
  return hash(rt, w, out);
}

void init_handle_types(Runtime& rt, AsyncioState& st) {
  TypeSlots s;
  s.dealloc = handle_dealloc;
  s.traverse = handle_traverse;
  s.clear = handle_dealloc;
  s.repr = handle_repr;
  st.handle_type = make_builtin_type(
      rt, TypeSpec{"Handle", nullptr, sizeof(HandleObject), kTypeGc | kTypeBaseType, kHandleMethods, kHandleGetSets,
                   "asyncio.events"},
      s);
  TypeSlots t = s;
  t.compare = timer_compare;
  t.hash = timer_hash;
  st.timer_handle_type = make_builtin_type(
      rt, TypeSpec{"TimerHandle", st.handle_type, sizeof(HandleObject), kTypeGc | kTypeBaseType, kTimerHandleMethods,
                   kTimerHandleGetSets, "asyncio.events"},
      t);
}

}  // namespace ls
