// wait(), wait_for(), as_completed() and _cancel_and_wait() — CPython 3.11's tasks.py in C++.
//
// wait_for() (3.11's version, before timeouts were rebuilt on asyncio.timeout in 3.12): the
// inner awaitable becomes a task; the outer waits on a private `waiter` future released either
// by the inner's completion or by the timer. On timeout it cancels the inner and waits for it
// to finish (`_cancel_and_wait`), then raises TimeoutError from the inner's CancelledError —
// unless the inner finished anyway, whose result/exception then wins. If the *outer* task is
// cancelled while the inner has already completed, wait_for returns the inner's result and the
// cancellation is swallowed (the data-is-not-lost rule of 3.11); otherwise it cancels the inner,
// waits for it, and re-raises the CancelledError.
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/queues.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"

namespace ls {

static bool add_done_callback_any(Runtime& rt, const Value& fut, const Value& fn) {
  return future_like_add_done_callback(rt, fut, fn);
}

static bool cancel_handle_any(Runtime& rt, const Value& h) {
  if (!h) return true;
  if (isinstance(rt, h, asyncio_state(rt).handle_type) && !(h.type(rt)->flags & kTypeHeapType)) {
    handle_cancel(rt, as_handle(h));
    return true;
  }
  return static_cast<bool>(call_method(rt, h, rt.n.cancel, {}));
}

static Value call_later_any(Runtime& rt, const Value& loop, const Value& delay, const Value& fn) {
  if (is_loop(rt, loop) && !(loop.type(rt)->flags & kTypeHeapType)) {
    if (rt.is_none(delay)) return rt.raise(rt.t.TypeError, "delay must not be None");
    double when;
    if (!loop_later_when(rt, as_loop(loop), delay, &when)) return nullptr;
    return loop_call_at(rt, loop, when, fn, Value::borrow(rt.empty_tuple), Value());
  }
  return call_method(rt, loop, rt.intern("call_later"), {delay, fn});
}

// ---------------------------------------------------------------------------------------------
// _cancel_and_wait(fut, loop)

static NativeCoro cancel_and_wait_impl(Runtime& rt, Value fut, Value loop) {
  Value waiter = create_future_on(rt, loop);
  if (!waiter) co_return Outcome::from_error(rt);
  Value cb = release_waiter_fn(rt, waiter);
  co_await gc_visible(&fut, &loop, &waiter, &cb);
  if (!add_done_callback_any(rt, fut, cb)) co_return Outcome::from_error(rt);
  Outcome r;
  if (cancel_any(rt, fut, Value(), CancelSource::WaitFor) < 0) {
    r = Outcome::from_error(rt);
  } else {
    // Not `await fut`: _cancel_and_wait itself must stay reliably cancellable.
    r = co_await await_future(rt, waiter);
  }
  // finally:
  if (!remove_done_callback_any(rt, fut, cb)) co_return Outcome::from_error(rt);
  co_return r;
}

// ---------------------------------------------------------------------------------------------
// wait_for(fut, timeout)

static Value timeout_error_from(Runtime& rt, const Value& cause) {
  Value e = new_exception(rt, rt.t.TimeoutError, {});
  if (!e) return nullptr;
  as_exc(e)->cause = cause;
  as_exc(e)->suppress_context = true;
  as_exc(e)->context = cause;
  return e;
}

// return fut.result(), or: except CancelledError as exc: raise TimeoutError() from exc
static Outcome result_or_timeout(Runtime& rt, const Value& fut) {
  Value v = future_like_result(rt, fut);
  if (v) return Outcome::ok(std::move(v));
  Value e = rt.take_error();
  if (isinstance(rt, e, asyncio_state(rt).cancelled_error)) {
    // Raised by fut.result() in wait_for's frame (tasks.py, left out here): its traceback has a
    // header even when the awaited thing is asyncio's own (asyncio.sleep) and no frame is ours.
    if (is_exception_instance(e)) as_exc(e)->hidden_python_frames = true;
    Value te = timeout_error_from(rt, e);
    if (!te) return Outcome::from_error(rt);
    return Outcome::err(std::move(te));
  }
  return Outcome::err(std::move(e));
}

static Outcome result_of(Runtime& rt, const Value& fut) {
  Value v = future_like_result(rt, fut);
  if (!v) return Outcome::from_error(rt);
  return Outcome::ok(std::move(v));
}

static NativeCoro wait_for_impl(Runtime& rt, Value fut, Value timeout) {
  Value loop = get_running_loop(rt);
  co_await gc_visible(&fut, &timeout, &loop);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    co_return Outcome::from_error(rt);
  }
  if (rt.is_none(timeout)) {
    co_await at_line(452);  // return await fut
    Delegate sub(rt, fut);
    LS_AWAIT(io, sub);
    co_return io;
  }
  int nonpos = rich_compare_bool(rt, timeout, Value::small(0), CmpOp::Le);
  if (nonpos < 0) co_return Outcome::from_error(rt);
  if (nonpos) {
    fut = ensure_future(rt, fut, loop);
    if (!fut) co_return Outcome::from_error(rt);
    int d = future_like_done(rt, fut);
    if (d < 0) co_return Outcome::from_error(rt);
    if (d) co_return result_of(rt, fut);
    co_await at_line(460);  // await _cancel_and_wait(fut, loop=loop)
    {
      SubCoro sub(cancel_and_wait_impl(rt, fut, loop));
      LS_AWAIT(io, sub);
      if (io.failed()) co_return io;
    }
    co_return result_or_timeout(rt, fut);
  }
  Value waiter = create_future_on(rt, loop);
  if (!waiter) co_return Outcome::from_error(rt);
  Value cb = release_waiter_fn(rt, waiter);
  Value timeout_handle = call_later_any(rt, loop, timeout, cb);
  if (!timeout_handle) co_return Outcome::from_error(rt);
  Outcome result;
  co_await gc_visible(&waiter, &cb, &timeout_handle, &result.value, &result.error);
  fut = ensure_future(rt, fut, loop);
  if (!fut || !add_done_callback_any(rt, fut, cb)) {
    result = Outcome::from_error(rt);
  } else {
    Outcome w = co_await await_future(rt, waiter);
    if (w.failed()) {
      if (isinstance(rt, w.error, asyncio_state(rt).cancelled_error)) {
        int d = future_like_done(rt, fut);
        if (d < 0) {
          result = Outcome::from_error(rt);
        } else if (d) {
          // The outer task was cancelled, but the inner already has its result: return it.
          result = result_of(rt, fut);
        } else if (!remove_done_callback_any(rt, fut, cb)) {
          result = Outcome::from_error(rt);
        } else {
          co_await at_line(485);  // await _cancel_and_wait(fut, loop=loop); raise
          SubCoro sub(cancel_and_wait_impl(rt, fut, loop));
          LS_AWAIT(io, sub);
          result = io.failed() ? std::move(io) : std::move(w);
        }
      } else {
        result = std::move(w);
      }
    } else {
      int d = future_like_done(rt, fut);
      if (d < 0) {
        result = Outcome::from_error(rt);
      } else if (d) {
        result = result_of(rt, fut);
      } else if (!remove_done_callback_any(rt, fut, cb)) {
        result = Outcome::from_error(rt);
      } else {
        co_await at_line(495);  // await _cancel_and_wait(fut, loop=loop) on timeout
        SubCoro sub(cancel_and_wait_impl(rt, fut, loop));
        LS_AWAIT(io, sub);
        // In case task cancellation failed with some exception, re-raise it (bpo-40607).
        result = io.failed() ? std::move(io) : result_or_timeout(rt, fut);
      }
    }
  }
  // finally:
  if (!cancel_handle_any(rt, timeout_handle)) co_return Outcome::from_error(rt);
  co_return result;
}

Value toolkit_wait_for(Runtime& rt, const Value& fut, const Value& timeout) {
  return wrap_native(rt, "wait_for", wait_for_impl(rt, fut, timeout ? timeout : rt.None()));
}

// ---------------------------------------------------------------------------------------------
// wait(fs, *, timeout=None, return_when=ALL_COMPLETED)

enum class ReturnWhen : uint8_t { FirstCompleted, FirstException, AllCompleted };

struct WaitState : Object {
  Value waiter;
  Value timeout_handle;
  int64_t counter;
  ReturnWhen return_when;
};

static void ws_dealloc(Object* o) {
  auto* s = static_cast<WaitState*>(o);
  s->waiter.reset();
  s->timeout_handle.reset();
}
static void ws_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<WaitState*>(o);
  v(s->waiter);
  v(s->timeout_handle);
}

// _on_completion(f)
static Value wait_on_completion(Runtime& rt, const Value& self, CallArgs a) {
  auto* s = static_cast<WaitState*>(self.obj());
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "_on_completion() takes 1 positional argument");
  const Value& f = a[0];
  s->counter -= 1;
  bool release = s->counter <= 0 || s->return_when == ReturnWhen::FirstCompleted;
  if (!release && s->return_when == ReturnWhen::FirstException) {
    int c = future_like_cancelled(rt, f);
    if (c < 0) return nullptr;
    if (!c) {
      Value e = future_like_exception(rt, f);
      if (!e) return nullptr;
      release = !rt.is_none(e);
    }
  }
  if (release) {
    if (s->timeout_handle && !cancel_handle_any(rt, s->timeout_handle)) return nullptr;
    int d = future_like_done(rt, s->waiter);
    if (d < 0) return nullptr;
    if (!d && !set_result_any(rt, s->waiter, rt.None())) return nullptr;
  }
  return rt.None();
}

static std::vector<Value> set_items(const Value& s) {
  std::vector<Value> out;
  int64_t pos = 0;
  SetEntry* e;
  while (set_next(as_set(s), &pos, &e)) out.push_back(e->key);
  return out;
}

static NativeCoro wait_impl(Runtime& rt, Value fs, Value timeout, Value return_when) {
  co_await gc_visible(&fs, &timeout, &return_when);
  if (isfuture(rt, fs) == 1 || is_coroutine_value(rt, fs)) {
    rt.raise(rt.t.TypeError, "expect a list of futures, not " + std::string(type_short_name(fs.type(rt))));
    co_return Outcome::from_error(rt);
  }
  if (rt.has_error()) co_return Outcome::from_error(rt);
  int t = truthy(rt, fs);
  if (t < 0) co_return Outcome::from_error(rt);
  if (!t) {
    rt.raise(rt.t.ValueError, "Set of Tasks/Futures is empty.");
    co_return Outcome::from_error(rt);
  }
  ReturnWhen rw = ReturnWhen::AllCompleted;
  {
    static const char* kNames[] = {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"};
    bool found = false;
    for (int i = 0; i < 3 && !found; ++i) {
      int eq = rich_compare_bool(rt, return_when, make_str(rt, kNames[i]), CmpOp::Eq);
      if (eq < 0) co_return Outcome::from_error(rt);
      if (eq) {
        found = true;
        rw = static_cast<ReturnWhen>(i);
      }
    }
    if (!found) {
      std::string s;
      if (!str_string(rt, return_when, &s)) co_return Outcome::from_error(rt);
      rt.raise(rt.t.ValueError, "Invalid return_when value: " + s);
      co_return Outcome::from_error(rt);
    }
  }
  Value fset = make_set_from(rt, rt.t.set, fs);
  if (!fset) co_return Outcome::from_error(rt);
  std::vector<Value> items = set_items(fset);
  co_await gc_visible(&fset);
  co_await gc_visible_list(&items);
  for (const Value& f : items) {
    if (is_coroutine_value(rt, f)) {
      rt.raise(rt.t.TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
      co_return Outcome::from_error(rt);
    }
  }
  Value loop = get_running_loop(rt);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    co_return Outcome::from_error(rt);
  }
  // _wait(fs, timeout, return_when, loop)
  Value waiter = create_future_on(rt, loop);
  if (!waiter) co_return Outcome::from_error(rt);
  TypeObject* wst = closure_state_type(rt, "asyncio.wait_state", "_wait", sizeof(WaitState), ws_dealloc, ws_traverse);
  auto* s = alloc<WaitState>(rt, wst);
  Value sv = Value::steal(s);
  gc_track(rt, s);
  s->waiter = waiter;
  s->return_when = rw;
  if (!rt.is_none(timeout)) {
    s->timeout_handle = call_later_any(rt, loop, timeout, release_waiter_fn(rt, waiter));
    if (!s->timeout_handle) co_return Outcome::from_error(rt);
  }
  s->counter = static_cast<int64_t>(items.size());
  register_native_callback(wait_on_completion, "_wait.<locals>._on_completion", "tasks.py", 519);
  Value on_completion = make_builtin_function(rt, "_on_completion", wait_on_completion, sv);
  co_await gc_visible(&loop, &waiter, &sv, &on_completion);
  for (const Value& f : items) {
    if (!add_done_callback_any(rt, f, on_completion)) co_return Outcome::from_error(rt);
  }
  Outcome w = co_await await_future(rt, waiter);
  // finally:
  if (s->timeout_handle && !cancel_handle_any(rt, s->timeout_handle)) co_return Outcome::from_error(rt);
  for (const Value& f : items) {
    if (!remove_done_callback_any(rt, f, on_completion)) co_return Outcome::from_error(rt);
  }
  if (w.failed()) co_return w;
  Ref<SetObject> done = new_set(rt);
  Ref<SetObject> pending = new_set(rt);
  for (const Value& f : items) {
    int d = future_like_done(rt, f);
    if (d < 0) co_return Outcome::from_error(rt);
    if (set_add(rt, d ? done.get() : pending.get(), f) < 0) co_return Outcome::from_error(rt);
  }
  co_return Outcome::ok(make_tuple(rt, {std::move(done).value(), std::move(pending).value()}));
}

Value toolkit_wait(Runtime& rt, const Value& fs, const Value& timeout, const Value& return_when) {
  return wrap_native(rt, "wait", wait_impl(rt, fs, timeout ? timeout : rt.None(),
                                           return_when ? return_when : make_str(rt, "ALL_COMPLETED")));
}

// ---------------------------------------------------------------------------------------------
// as_completed(fs, *, timeout=None): a generator yielding coroutines

struct AsCompletedObject : Object {
  Value fs;
  Value timeout;
  Value done;            // the asyncio.Queue the callbacks feed
  Value todo;            // set
  Value timeout_handle;
  Value on_completion;
  int64_t remaining;     // yields left
  bool started;
  bool finished;
};

static AsCompletedObject* AC(const Value& v) { return static_cast<AsCompletedObject*>(v.obj()); }

static void ac_dealloc(Object* o) {
  auto* s = static_cast<AsCompletedObject*>(o);
  s->fs.reset();
  s->timeout.reset();
  s->done.reset();
  s->todo.reset();
  s->timeout_handle.reset();
  s->on_completion.reset();
}
static void ac_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<AsCompletedObject*>(o);
  v(s->fs);
  v(s->timeout);
  v(s->done);
  v(s->todo);
  v(s->timeout_handle);
  v(s->on_completion);
}

// _on_completion(f)
static Value ac_on_completion(Runtime& rt, const Value& self, CallArgs a) {
  AsCompletedObject* s = AC(self);
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "_on_completion() takes 1 positional argument");
  SetObject* todo = as_set(s->todo);
  if (todo->used == 0) return rt.None();  // _on_timeout() was here first.
  int r = set_discard(rt, todo, a[0]);
  if (r < 0) return nullptr;
  if (r == 0) {
    Value k = new_exception(rt, rt.t.KeyError, {a[0]});
    if (k) rt.set_error(std::move(k));
    return nullptr;
  }
  if (!queue_put_nowait(rt, s->done, a[0])) return nullptr;
  if (todo->used == 0 && s->timeout_handle && !cancel_handle_any(rt, s->timeout_handle)) return nullptr;
  return rt.None();
}

// _on_timeout()
static Value ac_on_timeout(Runtime& rt, const Value& self, CallArgs) {
  AsCompletedObject* s = AC(self);
  for (const Value& f : set_items(s->todo)) {
    if (!remove_done_callback_any(rt, f, s->on_completion)) return nullptr;
    if (!queue_put_nowait(rt, s->done, rt.None())) return nullptr;  // a dummy value for _wait_for_one()
  }
  set_clear(rt, as_set(s->todo));
  return rt.None();
}

// _wait_for_one()
static NativeCoro wait_for_one_impl(Runtime& rt, Value done) {
  co_await gc_visible(&done);
  Outcome got;
  {
    SubCoro sub(queue_get(rt, done));
    LS_AWAIT(io, sub);
    got = std::move(io);
  }
  if (got.failed()) co_return got;
  if (rt.is_none(got.value)) {
    raise_bare(rt, rt.t.TimeoutError);
    co_return Outcome::from_error(rt);
  }
  co_return result_of(rt, got.value);  // May raise f.exception().
}

// The generator body up to its first yield.
static bool ac_start(Runtime& rt, const Value& self) {
  AsCompletedObject* s = AC(self);
  const Value& fs = s->fs;
  if (isfuture(rt, fs) == 1 || is_coroutine_value(rt, fs)) {
    rt.raise(rt.t.TypeError, "expect an iterable of futures, not " + std::string(type_short_name(fs.type(rt))));
    return false;
  }
  if (rt.has_error()) return false;
  s->done = new_queue(rt);
  if (!s->done) return false;
  Value loop = get_event_loop(rt);
  if (!loop) return false;
  Value fset = make_set_from(rt, rt.t.set, fs);
  if (!fset) return false;
  Ref<SetObject> todo = new_set(rt);
  for (const Value& f : set_items(fset)) {
    Value fut = ensure_future(rt, f, loop);
    if (!fut) return false;
    if (set_add(rt, todo.get(), fut) < 0) return false;
  }
  s->todo = std::move(todo).value();
  register_native_callback(ac_on_completion, "as_completed.<locals>._on_completion", "tasks.py", 602);
  s->on_completion = make_builtin_function(rt, "_on_completion", ac_on_completion, self);
  for (const Value& f : set_items(s->todo)) {
    if (!add_done_callback_any(rt, f, s->on_completion)) return false;
  }
  int64_t n = as_set(s->todo)->used;
  if (n && !rt.is_none(s->timeout)) {
    s->timeout_handle = call_later_any(rt, loop, s->timeout,
                                       make_builtin_function(rt, "_on_timeout", ac_on_timeout, self));
    if (!s->timeout_handle) return false;
  }
  s->remaining = n;
  return true;
}

static Value ac_next(Runtime& rt, const Value& self) {
  AsCompletedObject* s = AC(self);
  if (s->finished) return nullptr;
  if (!s->started) {
    s->started = true;
    if (!ac_start(rt, self)) {
      s->finished = true;
      // The generator's frame (tasks.py, left out here), in the traceback, keeps `fs` alive as
      // long as the error: a rejected coroutine is reported never awaited when the error goes.
      if (is_exception_instance(rt.exc)) {
        as_exc(rt.exc)->hidden_python_frames = true;
        exception_keep_frame(rt, rt.exc, s->fs);
      }
      return nullptr;
    }
  }
  if (s->remaining <= 0) {
    s->finished = true;
    return nullptr;
  }
  s->remaining -= 1;
  return wrap_native(rt, "as_completed.<locals>._wait_for_one", wait_for_one_impl(rt, s->done));
}

static Value ac_iter(Runtime&, const Value& self) { return self; }
static Value ac_m_send(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "send", 1, 1)) return nullptr;
  if (!AC(self)->started && !rt.is_none(a[0])) {
    return rt.raise(rt.t.TypeError, "can't send non-None value to a just-started generator");
  }
  Value v = ac_next(rt, self);
  if (!v && !rt.has_error()) rt.raise_value(Value::borrow(rt.t.StopIteration));
  return v;
}
static Value ac_m_close(Runtime& rt, const Value& self, CallArgs) {
  AC(self)->finished = true;
  return rt.None();
}
static Value ac_m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "throw", 1, 3)) return nullptr;
  AC(self)->finished = true;
  return rt.raise_value(a[0]);
}
static Value ac_name(Runtime& rt, const Value&) { return make_str(rt, "as_completed"); }
static Value ac_repr(Runtime& rt, const Value& self) {
  return make_str(rt, "<generator object as_completed at " + hex_id(rt, self) + ">");
}

static const MethodDef kAcMethods[] = {
    {"send", ac_m_send}, {"close", ac_m_close}, {"throw", ac_m_throw}, {nullptr, nullptr}};
static const GetSetDef kAcGetSets[] = {{"__name__", ac_name}, {"__qualname__", ac_name}, {nullptr, nullptr}};

Value toolkit_as_completed(Runtime& rt, const Value& fs, const Value& timeout) {
  TypeSlots sl;
  sl.dealloc = ac_dealloc;
  sl.traverse = ac_traverse;
  sl.clear = ac_dealloc;
  sl.iter = ac_iter;
  sl.next = ac_next;
  sl.repr = ac_repr;
  TypeObject* t = toolkit_type(
      rt, "asyncio.as_completed",
      TypeSpec{"generator", nullptr, sizeof(AsCompletedObject), kTypeGc, kAcMethods, kAcGetSets, "builtins"}, sl, false);
  auto* s = alloc<AsCompletedObject>(rt, t);
  Value v = Value::steal(s);
  gc_track(rt, s);
  s->fs = fs;
  s->timeout = timeout ? timeout : rt.None();
  return v;
}

// ---------------------------------------------------------------------------------------------
// Module names


static Value a_wait_for(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "wait_for", {"fut", "timeout"}, 2, 2, args, 0)) return nullptr;
  return toolkit_wait_for(rt, args[0], args[1]);
}
static Value a_wait(Runtime& rt, const Value&, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "wait", {"fs", "timeout", "return_when"}, 1, 1, args, 0)) return nullptr;
  return toolkit_wait(rt, args[0], args[1], args[2]);
}
static Value a_as_completed(Runtime& rt, const Value&, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "as_completed", {"fs", "timeout"}, 1, 1, args, 0)) return nullptr;
  return toolkit_as_completed(rt, args[0], args[1]);
}

void add_wait_names(Runtime& rt, const Value& m) {
  module_add(rt, m, "wait_for", make_builtin_function(rt, "wait_for", a_wait_for, m));
  module_add(rt, m, "wait", make_builtin_function(rt, "wait", a_wait, m));
  module_add(rt, m, "as_completed", make_builtin_function(rt, "as_completed", a_as_completed, m));
}

}  // namespace ls
