// The bridge between asyncio and threads, as LoopScope (one thread) runs it:
//   asyncio.to_thread(func, /, *args, **kwargs)        asyncio.threads
//   asyncio.wrap_future(future, *, loop=None)          asyncio.futures
//   asyncio.run_coroutine_threadsafe(coro, loop)       asyncio.tasks
// and the linking of an asyncio future with a concurrent.futures.Future that the last two share.
//
// Behaviour as documented for CPython 3.11 (and observed from it): to_thread runs func in the
// loop's default executor with a copy of the caller's context; the loop's run_in_executor calls it
// at once and delivers the outcome through the loop, as a worker thread's call_soon_threadsafe
// would. Linked futures pass their outcome one way (result, exception -- concurrent.futures'
// CancelledError/TimeoutError/InvalidStateError becoming asyncio's -- or cancellation) and a
// cancellation back the other way; across two loops the hand-over is a call_soon_threadsafe.
// Everything is reached through the objects' Python-level methods, so programs' subclasses and
// duck-typed futures and loops behave as with CPython.
#include "modules/registry.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"

namespace ls {

// The module's attribute `name` (concurrent.futures and contextvars are only imported when a
// program reaches these functions, so that plain asyncio programs do not load them).
// `module` may be dotted ("concurrent.futures"): the package is imported, then its attributes followed.
static Value module_attr(Runtime& rt, std::string_view module, const char* name) {
  size_t dot = module.find('.');
  Value m = import_module(rt, make_str(rt, module.substr(0, dot)));
  while (m && dot != std::string_view::npos) {
    module.remove_prefix(dot + 1);
    dot = module.find('.');
    m = getattr(rt, m, module.substr(0, dot));
  }
  if (!m) return nullptr;
  return getattr(rt, m, name);
}

static Value call_method0(Runtime& rt, const Value& obj, const char* name) {
  return call_method(rt, obj, rt.intern(name), {});
}

// 1/0 for a method returning a truth value, -1 on error.
static int ask(Runtime& rt, const Value& obj, const char* name) {
  Value r = call_method0(rt, obj, name);
  return r ? truthy(rt, r) : -1;
}

// ---------------------------------------------------------------------------------------------
// to_thread

static NativeCoro to_thread_body(Runtime& rt, Value func, Value args, Value kwargs) {
  co_await gc_visible(&func, &args, &kwargs);
  Value loop = get_running_loop(rt);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    co_return Outcome::from_error(rt);
  }
  Value copy_context = module_attr(rt, "contextvars", "copy_context");
  Value ctx = copy_context ? call(rt, copy_context, {}) : Value();
  Value ctx_run = ctx ? getattr(rt, ctx, "run") : Value();
  Value partial = ctx_run ? module_attr(rt, "functools", "partial") : Value();
  if (!partial) co_return Outcome::from_error(rt);
  // functools.partial(ctx.run, func, *args, **kwargs)
  const TupleObject* given = as_tuple(args);
  Ref<TupleObject> pargs = new_tuple(rt, given->size + 2);
  (*pargs)[0] = ctx_run;
  (*pargs)[1] = func;
  for (int64_t i = 0; i < given->size; ++i) (*pargs)[i + 2] = (*given)[i];
  Value job = call_kw(rt, partial, std::move(pargs).value(), kwargs);
  if (!job) co_return Outcome::from_error(rt);
  Value pending = call_method(rt, loop, rt.intern("run_in_executor"), {rt.None(), job});
  if (!pending) co_return Outcome::from_error(rt);
  co_await gc_visible(&loop, &ctx, &ctx_run, &partial, &job, &pending);
  Delegate sub(rt, pending);
  LS_AWAIT(io, sub);
  co_return io;
}

static Value a_to_thread(Runtime& rt, const Value&, CallArgs a) {
  // func is positional-only: a keyword func= lands in **kwargs and func is still missing.
  if (a.nargs < 1) {
    rt.raise(rt.t.TypeError, "to_thread() missing 1 required positional argument: 'func'");
    mark_binding_error(rt);
    return nullptr;
  }
  Value args = make_tuple(rt, a.args + 1, static_cast<int64_t>(a.nargs - 1));
  Ref<DictObject> kwargs = new_dict(rt);
  for (size_t k = 0; k < a.nkw(); ++k) {
    dict_set_str(rt, kwargs.get(), as_str((*a.kwnames)[static_cast<int64_t>(k)]), a.kwvalues()[k]);
  }
  return wrap_native(rt, "to_thread", to_thread_body(rt, a[0], std::move(args), std::move(kwargs).value()));
}

// ---------------------------------------------------------------------------------------------
// Linking two futures

// isfuture(x) or isinstance(x, concurrent.futures.Future): 1/0, -1 on error.
static int is_any_future(Runtime& rt, const Value& x, const Value& cf_future_cls) {
  int r = isfuture(rt, x);
  if (r) return r;
  return isinstance_generic(rt, x, cf_future_cls);
}

// The loop an asyncio future belongs to: its get_loop(), else its _loop attribute.
static Value loop_of(Runtime& rt, const Value& fut) {
  Value get_loop = getattr_opt(rt, fut, rt.intern("get_loop"));
  if (get_loop) return call(rt, get_loop, {});
  if (rt.has_error()) return nullptr;
  return getattr(rt, fut, "_loop");
}

// An exception of concurrent.futures turned into asyncio's equivalent (same arguments).
static Value asyncio_flavoured(Runtime& rt, const Value& exc) {
  TypeObject* t = exc.type(rt);
  AsyncioState& st = asyncio_state(rt);
  static const char* const kNames[] = {"CancelledError", "TimeoutError", "InvalidStateError"};
  TypeObject* ours[] = {st.cancelled_error, rt.t.TimeoutError, st.invalid_state_error};
  for (int i = 0; i < 3; ++i) {
    Value theirs = module_attr(rt, "concurrent.futures", kNames[i]);
    if (!theirs) return nullptr;
    if (t != static_cast<TypeObject*>(theirs.obj())) continue;
    Value exc_args = getattr(rt, exc, "args");
    if (!exc_args) return nullptr;
    return call_kw(rt, Value::borrow(ours[i]), exc_args, Value());
  }
  return exc;
}

static Value assertion_failed(Runtime& rt) { return rt.raise_value(Value::borrow(rt.t.AssertionError)); }

// `to` takes the exception (in asyncio's flavour) or the result of the finished, not cancelled `from`.
static bool copy_outcome(Runtime& rt, const Value& to, const Value& from) {
  Value exc = call_method0(rt, from, "exception");
  if (!exc) return false;
  if (!rt.is_none(exc)) {
    Value e = asyncio_flavoured(rt, exc);
    return e && call_method(rt, to, rt.intern("set_exception"), {e});
  }
  Value r = call_method0(rt, from, "result");
  return r && call_method(rt, to, rt.intern("set_result"), {r});
}

// `to` (an asyncio future) takes the outcome of the finished `from`, unless `to` was cancelled.
static bool pass_to_asyncio(Runtime& rt, const Value& to, const Value& from) {
  int d = ask(rt, from, "done");
  if (d <= 0) return d == 0 ? static_cast<bool>(assertion_failed(rt)) : false;
  int c = ask(rt, to, "cancelled");
  if (c) return c > 0;
  d = ask(rt, to, "done");
  if (d) return d < 0 ? false : static_cast<bool>(assertion_failed(rt));
  c = ask(rt, from, "cancelled");
  if (c < 0) return false;
  if (c) return static_cast<bool>(call_method0(rt, to, "cancel"));
  return copy_outcome(rt, to, from);
}

// `to` (a concurrent.futures.Future) takes the outcome of the finished asyncio future `from`.
static bool pass_to_concurrent(Runtime& rt, const Value& to, const Value& from) {
  int d = ask(rt, from, "done");
  if (d <= 0) return d == 0 ? static_cast<bool>(assertion_failed(rt)) : false;
  int c = ask(rt, from, "cancelled");
  if (c < 0 || (c && !call_method0(rt, to, "cancel"))) return false;
  int running = ask(rt, to, "set_running_or_notify_cancel");
  if (running <= 0) return running == 0;
  return copy_outcome(rt, to, from);
}

static Value pass_outcome(Runtime& rt, const Value& to, const Value& from) {
  int f = isfuture(rt, to);
  if (f < 0) return nullptr;
  bool ok = f ? pass_to_asyncio(rt, to, from) : pass_to_concurrent(rt, to, from);
  return ok ? rt.None() : nullptr;
}

// _set_state(future, other): the callable handed to the other loop's call_soon_threadsafe.
static Value f_set_state(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "_set_state", 2, 2)) return nullptr;
  return pass_outcome(rt, a[0], a[1]);
}

struct LinkState : Object {
  Value source;
  Value destination;
  Value source_loop;  // None for a concurrent future
  Value dest_loop;
};

static void link_clear(Object* o) {
  auto* s = static_cast<LinkState*>(o);
  s->source.reset();
  s->destination.reset();
  s->source_loop.reset();
  s->dest_loop.reset();
}
static void link_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<LinkState*>(o);
  v(s->source);
  v(s->destination);
  v(s->source_loop);
  v(s->dest_loop);
}

// The destination finished: a cancellation goes back to the source (through its loop if the
// source lives on another one).
static Value link_destination_done(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "_call_check_cancel", 1, 1)) return nullptr;
  auto* s = static_cast<LinkState*>(self.obj());
  int c = ask(rt, a[0], "cancelled");
  if (c <= 0) return c == 0 ? rt.None() : nullptr;
  Value source = s->source;
  if (rt.is_none(s->source_loop) || s->source_loop.is(s->dest_loop)) {
    return call_method0(rt, source, "cancel") ? rt.None() : nullptr;
  }
  Value cancel = getattr(rt, source, "cancel");
  if (!cancel) return nullptr;
  return call_method(rt, s->source_loop, rt.intern("call_soon_threadsafe"), {cancel}) ? rt.None() : nullptr;
}

// The source finished: its outcome goes to the destination, directly when both share a loop,
// else through the destination's loop (nothing when that loop is closed).
static Value link_source_done(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "_call_set_state", 1, 1)) return nullptr;
  auto* s = static_cast<LinkState*>(self.obj());
  Value destination = s->destination;
  Value dest_loop = s->dest_loop;
  bool dest_has_loop = !rt.is_none(dest_loop);
  int c = ask(rt, destination, "cancelled");
  if (c < 0) return nullptr;
  if (c && dest_has_loop) {
    int closed = ask(rt, dest_loop, "is_closed");
    if (closed) return closed > 0 ? rt.None() : nullptr;
  }
  if (!dest_has_loop || dest_loop.is(s->source_loop)) return pass_outcome(rt, destination, a[0]);
  int closed = ask(rt, dest_loop, "is_closed");
  if (closed) return closed > 0 ? rt.None() : nullptr;
  Value setter = make_builtin_function(rt, "_chain_future.<locals>._set_state", f_set_state);
  return call_method(rt, dest_loop, rt.intern("call_soon_threadsafe"), {setter, destination, a[0]}) ? rt.None()
                                                                                                    : nullptr;
}

static bool link_futures(Runtime& rt, const Value& source, const Value& destination) {
  Value cf_future = module_attr(rt, "concurrent.futures", "Future");
  if (!cf_future) return false;
  struct End {
    const Value& fut;
    const char* role;
    Value loop;
  } ends[] = {{source, "source", Value()}, {destination, "destination", Value()}};
  for (End& e : ends) {
    int ok = is_any_future(rt, e.fut, cf_future);
    if (ok < 0) return false;
    if (!ok) {
      rt.raise(rt.t.TypeError, std::string("A future is required for ") + e.role + " argument");
      return false;
    }
  }
  for (End& e : ends) {
    int af = isfuture(rt, e.fut);
    if (af < 0) return false;
    e.loop = af ? loop_of(rt, e.fut) : rt.None();
    if (!e.loop) return false;
  }
  TypeObject* t = closure_state_type(rt, "asyncio.future_link", "_chain_future", sizeof(LinkState), link_clear,
                                     link_traverse);
  auto* s = alloc<LinkState>(rt, t);
  Value sv = Value::steal(s);
  gc_track(rt, s);
  s->source = source;
  s->destination = destination;
  s->source_loop = ends[0].loop;
  s->dest_loop = ends[1].loop;
  Value on_dest = make_builtin_function(rt, "_chain_future.<locals>._call_check_cancel", link_destination_done, sv);
  Value on_source = make_builtin_function(rt, "_chain_future.<locals>._call_set_state", link_source_done, sv);
  return call_method(rt, destination, rt.n.add_done_callback, {on_dest}) &&
         call_method(rt, source, rt.n.add_done_callback, {on_source});
}

// ---------------------------------------------------------------------------------------------
// wrap_future, run_coroutine_threadsafe

static Value a_wrap_future(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "wrap_future", {"future", "loop"}, 1, 1, args, 0)) return nullptr;
  const Value& future = args[0];
  int f = isfuture(rt, future);
  if (f) return f < 0 ? nullptr : future;
  Value cf_future = module_attr(rt, "concurrent.futures", "Future");
  if (!cf_future) return nullptr;
  int is_cf = isinstance_generic(rt, future, cf_future);
  if (is_cf < 0) return nullptr;
  if (!is_cf) {
    std::string r;
    if (!repr_string(rt, future, &r)) return nullptr;
    return rt.raise(rt.t.AssertionError, "concurrent.futures.Future is expected, got " + r);
  }
  Value loop = args[1] && !rt.is_none(args[1]) ? args[1] : Value();
  if (!loop) {
    Value getter = module_attr(rt, "asyncio.events", "_get_event_loop");
    loop = getter ? call(rt, getter, {}) : Value();
    if (!loop) return nullptr;
  }
  Value wrapped = call_method0(rt, loop, "create_future");
  if (!wrapped || !link_futures(rt, future, wrapped)) return nullptr;
  return wrapped;
}

struct SubmitState : Object {
  Value coro;
  Value loop;
  Value future;  // the concurrent.futures.Future handed back to the caller
};

static void submit_clear(Object* o) {
  auto* s = static_cast<SubmitState*>(o);
  s->coro.reset();
  s->loop.reset();
  s->future.reset();
}
static void submit_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<SubmitState*>(o);
  v(s->coro);
  v(s->loop);
  v(s->future);
}

// Runs on the loop: the coroutine becomes a task linked to the concurrent future. If that fails
// the concurrent future carries the error (unless it was cancelled), which also propagates into
// the loop's handler; SystemExit and KeyboardInterrupt only propagate.
static Value submit_on_loop(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "callback", 0, 0)) return nullptr;
  auto* s = static_cast<SubmitState*>(self.obj());
  Value future = s->future;
  Value task = ensure_future(rt, s->coro, s->loop);
  if (task && link_futures(rt, task, future)) return rt.None();
  if (rt.error_matches(rt.t.SystemExit) || rt.error_matches(rt.t.KeyboardInterrupt)) return nullptr;
  Value exc = rt.take_error();
  int running = ask(rt, future, "set_running_or_notify_cancel");
  if (running < 0) return nullptr;  // the new error replaces (and chains to) `exc`
  if (running && !call_method(rt, future, rt.intern("set_exception"), {exc})) return nullptr;
  rt.raise_value(exc);
  return nullptr;
}

static Value a_run_coroutine_threadsafe(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "run_coroutine_threadsafe", {"coro", "loop"}, 2, 2, args, 0)) return nullptr;
  if (!is_coroutine_value(rt, args[0])) return rt.raise(rt.t.TypeError, "A coroutine object is required");
  Value cf_future = module_attr(rt, "concurrent.futures", "Future");
  Value future = cf_future ? call(rt, cf_future, {}) : Value();
  if (!future) return nullptr;
  TypeObject* t = closure_state_type(rt, "asyncio.coroutine_submit", "run_coroutine_threadsafe",
                                     sizeof(SubmitState), submit_clear, submit_traverse);
  auto* s = alloc<SubmitState>(rt, t);
  Value sv = Value::steal(s);
  gc_track(rt, s);
  s->coro = args[0];
  s->loop = args[1];
  s->future = future;
  Value cb = make_builtin_function(rt, "run_coroutine_threadsafe.<locals>.callback", submit_on_loop, sv);
  if (!call_method(rt, args[1], rt.intern("call_soon_threadsafe"), {cb})) return nullptr;
  return future;
}

// ---------------------------------------------------------------------------------------------

void add_thread_names(Runtime& rt, const Value& m) {
  struct Entry {
    const char* name;
    NativeFn fn;
    const char* module;
  };
  static const Entry kEntries[] = {
      {"to_thread", a_to_thread, "asyncio.threads"},
      {"wrap_future", a_wrap_future, "asyncio.futures"},
      {"run_coroutine_threadsafe", a_run_coroutine_threadsafe, "asyncio.tasks"},
  };
  for (const Entry& e : kEntries) {
    Value f = make_builtin_function(rt, e.name, e.fn, m);
    static_cast<BuiltinFunctionObject*>(f.obj())->module_name = make_str(rt, e.module);
    module_add(rt, m, e.name, f);
  }
}

}  // namespace ls
