// The Python face of C++ coroutines (see native_coro.hpp).
#include "loop/native_coro.hpp"

#include "lang/generator.hpp"
#include "loop/asyncio.hpp"
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// Awaiters

bool FutureAwaiter::await_ready() {
  int d = future_like_done(*rt, fut);
  if (d < 0) {
    ready = true;  // await_resume reports the error
    return true;
  }
  ready = d == 1;
  return ready;
}

void FutureAwaiter::await_suspend(NativeHandle handle) {
  h = handle;
  if (is_future_exact(*rt, fut)) {
    as_future(fut)->blocking = true;
  } else if (!setattr(*rt, fut, rt->n._asyncio_future_blocking, rt->True())) {
    rt->clear_error();
  }
  handle.promise().yielded = fut;
  handle.promise().awaiting = &fut;
  handle.promise().roots.push_back(&fut);  // the awaited future, while suspended on it
}

Outcome FutureAwaiter::await_resume() {
  Runtime& r = *rt;
  if (!ready) {
    h.promise().awaiting = nullptr;
    std::vector<const Value*>& roots = h.promise().roots;
    if (!roots.empty() && roots.back() == &fut) roots.pop_back();
    Outcome o = std::move(h.promise().resume);
    h.promise().resume = Outcome{};
    if (o.failed()) return o;
    int d = future_like_done(r, fut);
    if (d < 0) return Outcome::from_error(r);
    if (!d) {
      r.raise(r.t.RuntimeError, "await wasn't used with future");
      return Outcome::from_error(r);
    }
  } else if (r.has_error()) {
    return Outcome::from_error(r);
  }
  Value v = future_like_result(r, fut);
  if (!v) return Outcome::from_error(r);
  return Outcome::ok(std::move(v));
}

// ---------------------------------------------------------------------------------------------
// The coroutine object

struct NativeCoroObject : Object {
  NativeHandle h;
  const char* qualname;
  bool started;
  bool finished;
  bool running;
};

static void destroy_frame(NativeCoroObject* c) {
  if (c->h) {
    NativeHandle h = c->h;
    c->h = NativeHandle{};
    h.destroy();
  }
}

Value wrap_native(Runtime& rt, const char* qualname, NativeCoro coro) {
  auto* c = alloc<NativeCoroObject>(rt, rt.t.native_coroutine);
  c->h = coro.handle;
  c->qualname = qualname;
  gc_track(rt, c);
  return Value::steal(c);
}

// The frame raised: CPython's coroutine frame would stay referenced by the traceback, keeping
// its arguments (a rejected coroutine argument warns "never awaited" only when the exception
// goes). Kept only for an error the frame raised itself while checking its arguments (first
// step, no traceback yet): a finished frame is opaque to the GC, so it must not hold what could
// lead back to the exception. Otherwise the frame goes now.
static void keep_rejecting_frame(Runtime& rt, NativeCoroObject* c, bool first_step) {
  if (first_step && is_exception_instance(rt.exc) && !as_exc(rt.exc)->traceback) {
    exception_keep_frame(rt, rt.exc, Value::borrow(c));
  } else {
    destroy_frame(c);
  }
}

// Resumes the frame with `o` as the result of its pending co_await.
static SendResult resume(Runtime& rt, NativeCoroObject* c, Outcome o, Value* out) {
  if (c->finished || !c->h) {
    rt.raise(rt.t.RuntimeError, "cannot reuse already awaited coroutine");
    return SendResult::Error;
  }
  if (c->running) {
    rt.raise(rt.t.ValueError, "coroutine already executing");
    return SendResult::Error;
  }
  Value keep = Value::borrow(c);
  NativePromise& p = c->h.promise();
  p.resume = std::move(o);
  p.yielded.reset();
  bool first_step = !c->started;
  c->started = true;
  c->running = true;
  c->h.resume();
  c->running = false;
  if (c->h.done()) {
    c->finished = true;
    Outcome r = std::move(c->h.promise().result);
    if (r.failed()) {
      rt.exc = std::move(r.error);
      if (is_exception_instance(rt.exc)) as_exc(rt.exc)->hidden_python_frames = true;
      keep_rejecting_frame(rt, c, first_step);
      return SendResult::Error;
    }
    destroy_frame(c);
    *out = r.value ? std::move(r.value) : rt.None();
    return SendResult::Return;
  }
  *out = p.yielded ? std::move(p.yielded) : rt.None();
  return SendResult::Yield;
}

static SendResult nc_send(Runtime& rt, const Value& self, const Value& arg, Value* out) {
  auto* c = static_cast<NativeCoroObject*>(self.obj());
  if (!c->started && arg && !rt.is_none(arg)) {
    rt.raise(rt.t.TypeError, "can't send non-None value to a just-started coroutine");
    return SendResult::Error;
  }
  // Suspended on a pending future: CPython's frame sits in the future's __await__ (FutureIter),
  // whose send yields the future once more if _asyncio_future_blocking was cleared (a second
  // task driving the same coroutine then waits on the same future) and raises "await wasn't
  // used with future" only if it is still set.
  if (c->started && !c->finished && !c->running && c->h && c->h.promise().awaiting) {
    const Value& fut = *c->h.promise().awaiting;
    if (is_future_exact(rt, fut)) {
      FutureObject* f = as_future(fut);
      if (f->state == FutureState::Pending && !f->blocking) {
        f->blocking = true;
        *out = fut;
        return SendResult::Yield;
      }
    }
  }
  return resume(rt, c, Outcome::ok(arg ? arg : rt.None()), out);
}

static SendResult nc_throw(Runtime& rt, const Value& self, const Value& exc, Value* out) {
  auto* c = static_cast<NativeCoroObject*>(self.obj());
  if (!c->started && !c->finished) {
    // Thrown in before the first step: it propagates without running any code. CPython's
    // coroutine (Python code) enters its frame and raises at the def line, so the exception gets
    // a traceback entry (a cancelled, never started asyncio.sleep child of gather logs its
    // "Traceback (most recent call last):" header).
    c->finished = true;
    destroy_frame(c);
    if (is_exception_instance(exc)) as_exc(exc)->hidden_python_frames = true;
    rt.exc = exc;
    return SendResult::Error;
  }
  return resume(rt, c, Outcome::err(exc), out);
}

static bool nc_close(Runtime& rt, NativeCoroObject* c) {
  if (c->finished || !c->h) return true;
  if (!c->started) {
    c->finished = true;
    destroy_frame(c);
    return true;
  }
  Value exc = new_exception(rt, rt.t.GeneratorExit, {});
  if (!exc) return false;
  Value out;
  SendResult r = nc_throw(rt, Value::borrow(c), exc, &out);
  if (r == SendResult::Yield) {
    c->finished = true;
    destroy_frame(c);
    rt.raise(rt.t.RuntimeError, "coroutine ignored GeneratorExit");
    return false;
  }
  if (r == SendResult::Return) return true;
  if (rt.error_matches(rt.t.GeneratorExit) || rt.error_matches(rt.t.StopIteration)) {
    rt.clear_error();
    return true;
  }
  return false;
}

static Value nc_next(Runtime& rt, const Value& self) {
  Value out;
  SendResult r = nc_send(rt, self, rt.None(), &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = rt.is_none(out) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}

static Value method_result(Runtime& rt, SendResult r, Value out) {
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = rt.is_none(out) ? new_exception(rt, rt.t.StopIteration, {}) : new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}

static Value m_send(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "send", 1, 1)) return nullptr;
  Value out;
  SendResult r = nc_send(rt, self, a[0], &out);
  return method_result(rt, r, std::move(out));
}
static Value m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "throw", 1, 3)) return nullptr;
  Value exc = a[0];
  if (is_exception_type(exc)) {
    exc = (a.nargs > 1 && !rt.is_none(a[1])) ? call(rt, exc, {a[1]}) : call(rt, exc, {});
    if (!exc) return nullptr;
  } else if (!is_exception_instance(exc)) {
    return rt.raise(rt.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                                        type_name(rt, exc));
  }
  Value out;
  SendResult r = nc_throw(rt, self, exc, &out);
  return method_result(rt, r, std::move(out));
}
static Value m_close(Runtime& rt, const Value& self, CallArgs) {
  if (!nc_close(rt, static_cast<NativeCoroObject*>(self.obj()))) return nullptr;
  return rt.None();
}
static Value m_await(Runtime&, const Value& self, CallArgs) { return self; }
static Value nc_await(Runtime&, const Value& self) { return self; }
static Value nc_iter(Runtime&, const Value& self) { return self; }

static Value g_name(Runtime& rt, const Value& s) {
  return make_str(rt, static_cast<NativeCoroObject*>(s.obj())->qualname);
}
// __name__: the last component of the qualname ("get" for Queue.get, "_wait_for_one" for
// as_completed.<locals>._wait_for_one), as a Python function's.
static Value g_short_name(Runtime& rt, const Value& s) {
  std::string_view q = static_cast<NativeCoroObject*>(s.obj())->qualname;
  size_t dot = q.rfind('.');
  return make_str(rt, dot == std::string_view::npos ? q : q.substr(dot + 1));
}
static Value g_running(Runtime& rt, const Value& s) { return rt.Bool(static_cast<NativeCoroObject*>(s.obj())->running); }
static Value g_none(Runtime& rt, const Value&) { return rt.None(); }
static bool nc_suspended(const NativeCoroObject* c) { return c->started && !c->finished && !c->running && c->h; }
static Value g_suspended(Runtime& rt, const Value& s) {
  return rt.Bool(nc_suspended(static_cast<NativeCoroObject*>(s.obj())));
}
// cr_await: what a suspended coroutine's `await future` delegates to, the future's iterator
// (FutureIter); None when it waits on nothing we name.
static Value g_await(Runtime& rt, const Value& s) {
  auto* c = static_cast<NativeCoroObject*>(s.obj());
  if (nc_suspended(c) && c->h.promise().awaiting && *c->h.promise().awaiting) {
    return call_method(rt, *c->h.promise().awaiting, rt.intern("__await__"), {});
  }
  return rt.None();
}

static const MethodDef kMethods[] = {
    {"send", m_send}, {"throw", m_throw}, {"close", m_close}, {"__await__", m_await}, {nullptr, nullptr}};
static const GetSetDef kGetSets[] = {
    {"__name__", g_short_name}, {"__qualname__", g_name}, {"cr_running", g_running},
    {"cr_frame", g_none},       {"cr_code", g_none},      {"cr_await", g_await},
    {"cr_suspended", g_suspended},
    {nullptr, nullptr},
};

// Where CPython 3.11.7's asyncio defines each function and where it usually waits.
struct NativeSite {
  const char* qualname;
  const char* file;  // under asyncio/
  int firstlineno;
  int line;  // the await it is usually suspended at (the def line when it never waits)
};
static const NativeSite kNativeSites[] = {
    {"sleep", "tasks.py", 637, 649},
    {"wait_for", "tasks.py", 436, 476},
    {"wait", "tasks.py", 399, 428},
    {"as_completed.<locals>._wait_for_one", "tasks.py", 610, 611},
    {"Queue.put", "queues.py", 110, 120},
    {"Queue.get", "queues.py", 149, 158},
    {"Queue.join", "queues.py", 206, 215},
    {"_ContextManagerMixin.__aenter__", "locks.py", 14, 15},
    {"_ContextManagerMixin.__aexit__", "locks.py", 20, 20},
    {"Lock.acquire", "locks.py", 93, 114},
    {"Event.wait", "locks.py", 200, 213},
    {"Condition.wait", "locks.py", 248, 267},
    {"Condition.wait_for", "locks.py", 285, 294},
    {"Semaphore.acquire", "locks.py", 364, 387},
    {"BoundedSemaphore.acquire", "locks.py", 364, 387},
    {"Barrier.__aenter__", "locks.py", 473, 476},
    {"Barrier.__aexit__", "locks.py", 478, 478},
    {"Barrier.wait", "locks.py", 481, 489},
    {"Barrier.reset", "locks.py", 547, 547},
    {"Barrier.abort", "locks.py", 562, 562},
    {"TaskGroup.__aenter__", "taskgroups.py", 54, 54},
    {"TaskGroup.__aexit__", "taskgroups.py", 68, 110},
    {"Timeout.__aenter__", "timeouts.py", 85, 85},
    {"Timeout.__aexit__", "timeouts.py", 97, 97},
    {"BaseEventLoop.shutdown_asyncgens", "base_events.py", 539, 551},
    {"BaseEventLoop.shutdown_default_executor", "base_events.py", 564, 573},
    // streams and servers (toolkit/streams.cpp)
    {"StreamReader.readline", "streams.py", 544, 563},
    {"StreamReader.readuntil", "streams.py", 575, 655},
    {"StreamReader.read", "streams.py", 666, 708},
    {"StreamReader.readexactly", "streams.py", 717, 747},
    {"StreamReader.__anext__", "streams.py", 761, 762},
    {"StreamWriter.drain", "streams.py", 366, 389},
    {"StreamWriter.wait_closed", "streams.py", 360, 361},
    {"FlowControlMixin._drain_helper", "streams.py", 164, 172},
    {"open_connection", "streams.py", 26, 48},
    {"start_server", "streams.py", 54, 84},
    {"Server.start_serving", "base_events.py", 352, 356},
    {"Server.serve_forever", "base_events.py", 358, 369},
    {"Server.wait_closed", "base_events.py", 379, 384},
    {"AbstractServer.__aenter__", "events.py", 195, 196},
    {"AbstractServer.__aexit__", "events.py", 198, 200},
    {"BaseEventLoop._create_server_getaddrinfo", "base_events.py", 1422, 1423},
    {"BaseEventLoop.create_server", "base_events.py", 1430, 1491},
    {"BaseEventLoop.create_connection", "base_events.py", 987, 1069},
    {"BaseSelectorEventLoop._accept_connection2", "selector_events.py", 200, 222},
};

bool format_native_coroutine(Runtime& rt, const Value& coro, std::string* out) {
  (void)rt;
  if (coro.type(rt) != rt.t.native_coroutine) return false;
  auto* c = static_cast<NativeCoroObject*>(coro.obj());
  std::string_view q = c->qualname;
  for (const NativeSite& s : kNativeSites) {
    if (q != s.qualname) continue;
    std::string file = std::string("/usr/lib/python3.11/asyncio/") + s.file;
    if (c->finished || !c->h) {
      *out = std::string(q) + "() done, defined at " + file + ":" + std::to_string(s.firstlineno);
    } else {
      // a frame that has not started yet stands at its def line (3.11's f_lineno)
      int line = !c->started ? s.firstlineno : (c->h.promise().line ? c->h.promise().line : s.line);
      *out = std::string(q) + "() running at " + file + ":" + std::to_string(line);
    }
    return true;
  }
  return false;
}

static Value nc_repr(Runtime& rt, const Value& self) {
  auto* c = static_cast<NativeCoroObject*>(self.obj());
  char buf[48];
  std::snprintf(buf, sizeof buf, " at %#llx>", static_cast<unsigned long long>(object_id(rt, self)));
  return make_str(rt, std::string("<coroutine object ") + c->qualname + buf);
}

static void nc_dealloc(Object* o) { destroy_frame(static_cast<NativeCoroObject*>(o)); }
static void visit_native_frame(const NativePromise& p, Visitor& v) {
  for (const Value* r : p.roots) v(*r);
  for (const std::vector<Value>* l : p.root_lists)
    for (const Value& x : *l) v(x);
  for (const NativeHandle* s : p.subs)
    if (*s) visit_native_frame(s->promise(), v);
}
static void nc_traverse(Object* o, Visitor& v) {
  auto* c = static_cast<NativeCoroObject*>(o);
  if (!c->h || c->finished) return;
  visit_native_frame(c->h.promise(), v);
}
static void nc_clear(Object* o) {
  auto* c = static_cast<NativeCoroObject*>(o);
  if (!c->running) destroy_frame(c);
}

// Like a Python coroutine: unawaited -> RuntimeWarning; suspended -> close().
static void nc_finalize(Runtime& rt, Object* o) {
  auto* c = static_cast<NativeCoroObject*>(o);
  if (c->finished || !c->h) return;
  Value saved = rt.take_error();
  Value self = Value::borrow(o);
  if (!c->started) {
    std::string msg = std::string("coroutine '") + c->qualname + "' was never awaited";
    if (rt.trace) rt.trace->diagnostic(Diagnostic::NeverAwaited, self, msg);
    if (rt.warn && !rt.warn(rt, rt.t.RuntimeWarning, msg, 1, self)) report_unraisable(rt, "Exception ignored in: ", self);
    c->finished = true;
    destroy_frame(c);
  } else if (!nc_close(rt, c)) {
    report_unraisable(rt, "Exception ignored in: ", self);
  }
  rt.exc = std::move(saved);
}

void init_native_coro_type(Runtime& rt) {
  if (rt.t.native_coroutine) return;
  TypeSlots s;
  s.dealloc = nc_dealloc;
  s.clear = nc_clear;
  s.traverse = nc_traverse;
  s.finalize = nc_finalize;
  s.repr = nc_repr;
  s.send = nc_send;
  s.throw_ = nc_throw;
  s.next = nc_next;
  s.iter = nc_iter;
  s.await = nc_await;
  rt.t.native_coroutine = make_builtin_type(
      rt, TypeSpec{"coroutine", nullptr, sizeof(NativeCoroObject), kTypeGc, kMethods, kGetSets}, s);
}

}  // namespace ls
