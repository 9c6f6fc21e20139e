// The event loop (base_events.BaseEventLoop on a virtual clock). One iteration (_run_once):
// drop cancelled timers from the heap head, "select" — which here means jumping the clock to the
// earliest timer when nothing is ready — move due timers to the ready queue, then run exactly the
// callbacks that were ready at that point, in FIFO order. Timers sit in a binary heap with
// heapq's exact sift rules, so equal deadlines come out in CPython's order.
#include <algorithm>
#include <cmath>

#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "loop/source_tb.hpp"
#include "loop/green.hpp"
#include "loop/native_coro.hpp"
#include "modules/registry.hpp"
#include "modules/stdlib.hpp"
#include "modules/vclock.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"
#include "trace/sink.hpp"

namespace ls {

void init_handle_types(Runtime& rt, AsyncioState& st);
void init_future_types(Runtime& rt, AsyncioState& st);
void init_task_type(Runtime& rt, AsyncioState& st);
void init_loop_type(Runtime& rt, AsyncioState& st);

constexpr int kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
constexpr double kClockResolution = 1e-09;

// ---------------------------------------------------------------------------------------------
// State

AsyncioState::~AsyncioState() {
  if (rt) rt->hot_slot(Runtime::HotSlot::Asyncio) = nullptr;
  running_loop.reset();
  event_loop.reset();
  logger.reset();
}

// Called on every step and callback: Runtime::hot, not module_state's lookup by name (which
// showed in profiles). Filled by asyncio_state(), which creates the state.
AsyncioState* asyncio_state_if_any(Runtime& rt) {
  return static_cast<AsyncioState*>(rt.hot_slot(Runtime::HotSlot::Asyncio));
}

static TypeObject* make_exc_type(Runtime& rt, const char* name, TypeObject* base, const char* module) {
  TypeSlots none;
  return make_builtin_type(rt, TypeSpec{name, base, base->basicsize, base->flags & (kTypeGc | kTypeHasDict | kTypeBaseType | kTypeIsException), nullptr, nullptr, module}, none);
}

AsyncioState& asyncio_state(Runtime& rt) {
  AsyncioState* existing = asyncio_state_if_any(rt);
  if (existing) return *existing;
  auto st = std::make_shared<AsyncioState>();
  st->rt = &rt;
  st->trace = rt.trace;
  rt.module_state["asyncio"] = st;
  rt.hot_slot(Runtime::HotSlot::Asyncio) = st.get();
  size_t first_new = rt.static_types.size();
  st->cancelled_error = make_exc_type(rt, "CancelledError", rt.t.BaseException, "asyncio.exceptions");
  st->invalid_state_error = make_exc_type(rt, "InvalidStateError", rt.t.Exception, "asyncio.exceptions");
  init_native_coro_type(rt);
  init_handle_types(rt, *st);
  init_future_types(rt, *st);
  init_task_type(rt, *st);
  init_loop_type(rt, *st);
  for (size_t i = first_new; i < rt.static_types.size(); ++i) add_slot_wrappers(rt, rt.static_types[i]);
  return *st;
}

bool is_loop(Runtime& rt, const Value& v) {
  AsyncioState* st = asyncio_state_if_any(rt);
  return st && v.is_obj() && is_subtype(v.obj()->type, st->loop_type);
}

// ---------------------------------------------------------------------------------------------
// heapq (Lib/heapq.py) over TimerHandles ordered by `when`

static inline bool timer_lt(const Value& a, const Value& b) { return as_handle(a)->when < as_handle(b)->when; }

static void sift_down(std::vector<Value>& heap, size_t startpos, size_t pos) {
  Value newitem = std::move(heap[pos]);
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    if (timer_lt(newitem, heap[parentpos])) {
      heap[pos] = std::move(heap[parentpos]);
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = std::move(newitem);
}

static void sift_up(std::vector<Value>& heap, size_t pos) {
  size_t endpos = heap.size();
  size_t startpos = pos;
  Value newitem = std::move(heap[pos]);
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos && !timer_lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = std::move(heap[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = std::move(newitem);
  sift_down(heap, startpos, pos);
}

static void heap_push(std::vector<Value>& heap, Value item) {
  heap.push_back(std::move(item));
  sift_down(heap, 0, heap.size() - 1);
}

static Value heap_pop(std::vector<Value>& heap) {
  Value last = std::move(heap.back());
  heap.pop_back();
  if (!heap.empty()) {
    Value ret = std::move(heap[0]);
    heap[0] = std::move(last);
    sift_up(heap, 0);
    return ret;
  }
  return last;
}

static void heapify(std::vector<Value>& heap) {
  size_t n = heap.size();
  for (size_t i = n / 2; i-- > 0;) sift_up(heap, i);
}

// ---------------------------------------------------------------------------------------------
// Scheduling

double loop_time(Runtime& rt, LoopObject*) { return virtual_now(rt); }

// call_later's `self.time() + delay`: Python's addition (float + Decimal is a TypeError, a type
// with __radd__ may take part), then the float the TimerHandle keeps.
bool loop_later_when(Runtime& rt, LoopObject* loop, const Value& delay, double* when) {
  double now = loop_time(rt, loop);
  TypeObject* t = delay.type(rt);
  if (t == rt.t.float_ || t == rt.t.int_ || t == rt.t.bool_) {
    double d;
    if (!to_double(rt, delay, &d)) return false;
    *when = now + d;
    return true;
  }
  Value sum = binary_op(rt, make_float(rt, now), delay, BinOp::Add);
  return sum && to_double(rt, sum, when);
}

bool loop_check_closed(Runtime& rt, LoopObject* loop) {
  if (loop->closed) {
    rt.raise(rt.t.RuntimeError, "Event loop is closed");
    return false;
  }
  return true;
}

Value loop_call_soon(Runtime& rt, const Value& loopv, const Value& callback, Value args, const Value& context) {
  LoopObject* loop = as_loop(loopv);
  if (!loop_check_closed(rt, loop)) return nullptr;
  Value h = new_handle(rt, callback, std::move(args), loopv, context);
  loop->ready->push_back(h);
  AsyncioState& st = asyncio_state(rt);
  if (st.trace) st.trace->callback_scheduled(as_handle(h));
  return h;
}

Value loop_call_soon_native(Runtime& rt, const Value& loopv, const NativeCallback& cb, const Value& self, Value args,
                            const Value& context) {
  LoopObject* loop = as_loop(loopv);
  if (!loop_check_closed(rt, loop)) return nullptr;
  Value h = new_handle(rt, self, std::move(args), loopv, context);
  as_handle(h)->native = cb;
  loop->ready->push_back(h);
  AsyncioState& st = asyncio_state(rt);
  if (st.trace) st.trace->callback_scheduled(as_handle(h));
  return h;
}

Value loop_call_at(Runtime& rt, const Value& loopv, double when, const Value& callback, Value args,
                   const Value& context) {
  LoopObject* loop = as_loop(loopv);
  if (!loop_check_closed(rt, loop)) return nullptr;
  Value h = new_timer_handle(rt, when, callback, std::move(args), loopv, context);
  heap_push(*loop->scheduled, h);
  as_handle(h)->scheduled = true;
  AsyncioState& st = asyncio_state(rt);
  if (st.trace) st.trace->timer_set(as_handle(h));
  return h;
}

void loop_stop(LoopObject* loop) { loop->stopping = true; }

// One iteration. Returns false if a callback raised an error that must stop the loop
// (KeyboardInterrupt / SystemExit / the run being aborted), or on deadlock.
static Value m_remove_signal_handler(Runtime& rt, const Value& self, CallArgs a);

// _process_self_data -> _handle_signal(sig) for each signal the self-pipe carried: the handler's
// Handle is queued (for the next iteration), or removed if it was cancelled.
static Value read_from_self(Runtime& rt, const Value& self, CallArgs a) {
  LoopObject* loop = as_loop(self);
  AsyncioState& st = asyncio_state(rt);
  for (size_t i = 0; i < a.nargs; ++i) {
    if (!loop->signal_handlers) break;
    Value h = dict_get(rt, as_dict(loop->signal_handlers), a[i]);
    if (!h) {
      if (rt.has_error()) return nullptr;
      continue;
    }
    if (as_handle(h)->cancelled) {
      Value sig = a[i];
      if (!m_remove_signal_handler(rt, self, CallArgs{&sig, 1, nullptr})) return nullptr;
      continue;
    }
    loop->ready->push_back(h);
    if (st.trace) st.trace->callback_scheduled(as_handle(h));
  }
  return rt.None();
}

static bool queue_read_from_self(Runtime& rt, const Value& loopv) {
  LoopObject* loop = as_loop(loopv);
  std::vector<Value> sigs;
  for (int64_t n : *loop->pending_signals) sigs.push_back(make_int(rt, n));
  loop->pending_signals->clear();
  static const NativeCallback kReadFromSelf{read_from_self, "BaseSelectorEventLoop._read_from_self", nullptr};
  Value h = new_handle(rt, loopv, make_tuple(rt, sigs.data(), static_cast<int64_t>(sigs.size())), loopv, Value());
  if (!h) return false;
  as_handle(h)->native = kReadFromSelf;
  loop->ready->push_back(h);
  return true;
}

static bool log_slow_callback(Runtime& rt, const Value& handle, double dt);

// _run_once's first step: the cancelled timers go (all of them when they are many, else those at
// the head of the heap).
static void drop_cancelled_timers(LoopObject* loop) {
  std::vector<Value>& sched = *loop->scheduled;
  int64_t sched_count = static_cast<int64_t>(sched.size());
  if (sched_count > kMinScheduledTimerHandles &&
      static_cast<double>(loop->timer_cancelled_count) / static_cast<double>(sched_count) >
          kMinCancelledTimerHandlesFraction) {
    std::vector<Value> kept;
    for (Value& h : sched) {
      if (as_handle(h)->cancelled) as_handle(h)->scheduled = false;
      else kept.push_back(std::move(h));
    }
    heapify(kept);
    sched.swap(kept);
    loop->timer_cancelled_count = 0;
  } else {
    while (!sched.empty() && as_handle(sched[0])->cancelled) {
      loop->timer_cancelled_count -= 1;
      Value h = heap_pop(sched);
      as_handle(h)->scheduled = false;
    }
  }
}

// One iteration of the loop (BaseEventLoop._run_once). `waited`: the loop runs in a green thread
// that already waited for its select (loop_thread_wait): the clock does not move here.
static bool run_once(Runtime& rt, const Value& loopv, bool waited = false) {
  LoopObject* loop = as_loop(loopv);
  std::vector<Value>& sched = *loop->scheduled;
  drop_cancelled_timers(loop);
  // "select": nothing ready -> jump the virtual clock to the earliest timer. A signal caught
  // since the last iteration makes the self-pipe readable: no waiting, and its reader callback
  // (_read_from_self) joins the ready queue before the timers that are due.
  bool signalled = loop->pending_signals && !loop->pending_signals->empty();
  // Executor jobs are green threads (green.cpp): one waking up makes the selector return (its
  // call_soon_threadsafe writes to the self-pipe), so the clock stops at the earliest of the
  // timers and the threads' wake-ups; the threads due run before the due timers are queued.
  // A thread blocked in a wait (threading.Event, queue.Queue...) whose condition came true since
  // the last iteration runs now, before the clock moves.
  bool threads = green_any(rt);
  if (threads && !green_run_due(rt)) return false;
  // A socket of the in-memory network that is ready (data, EOF, a connection to accept, a
  // connect() done) makes select() return at once too.
  bool io_ready = vnet_io_ready(rt, loopv);
  if (loop->ready->empty() && !loop->stopping && !signalled && !io_ready && !waited) {
    double wake = 0.0;
    bool has_wake = threads && green_next_wake(rt, &wake);
    if (sched.empty() && !has_wake) {
      rt.abort_message = kDeadlock;
      raise_limit_error(rt);
      return false;
    }
    double when = sched.empty() ? wake : as_handle(sched[0])->when;
    if (has_wake && wake < when) when = wake;
    virtual_set(rt, when);
  }
  if (threads && !green_run_due(rt)) return false;
  if (signalled && !queue_read_from_self(rt, loopv)) return false;
  vnet_poll(rt, loopv);  // _process_events: the ready sockets' callbacks, before the due timers
  double end_time = loop_time(rt, loop) + kClockResolution;
  while (!sched.empty()) {
    if (as_handle(sched[0])->when >= end_time) break;
    Value h = heap_pop(sched);
    as_handle(h)->scheduled = false;
    loop->ready->push_back(std::move(h));
  }
  size_t ntodo = loop->ready->size();
  AsyncioState& st = asyncio_state(rt);
  // _run_once's `handle` local keeps the handle it ran (its callback and arguments) until the
  // next `handle = self._ready.popleft()` or the `handle = None` after the loop.
  Value prev;
  auto release = [&](int line) {
    if (!prev) return;
    PySiteScope site(rt, st, "base_events.py", line, "asyncio.base_events");
    prev.reset();
  };
  for (size_t i = 0; i < ntodo && !loop->ready->empty(); ++i) {
    release(1907);
    Value h = std::move(loop->ready->front());
    loop->ready->pop_front();
    if (as_handle(h)->cancelled) continue;
    if (st.trace) st.trace->callback_run(as_handle(h));
    // Debug mode: a callback that ran slow_callback_duration or longer (on the virtual clock,
    // which time.sleep() advances) is logged.
    bool debug = loop->debug;
    double t0 = debug ? loop_time(rt, loop) : 0.0;
    {
      StdFrameScope std_frame(rt, loopv, &kSiteRunOnce);
      handle_run(rt, h);
    }
    if (st.trace) st.trace->callback_done(as_handle(h));
    if (rt.has_error()) return false;
    if (debug) {
      double dt = loop_time(rt, loop) - t0;
      if (dt >= loop->slow_callback_duration && !log_slow_callback(rt, h, dt)) return false;
    }
    prev = std::move(h);
    gc_maybe_collect(rt);
  }
  release(1923);
  return true;
}

static void set_running(Runtime& rt, const Value& loop, bool on) {
  AsyncioState& st = asyncio_state(rt);
  st.running_loop = on ? loop : Value();
  as_loop(loop)->running = on;
}

static bool check_running(Runtime& rt, LoopObject* loop) {
  if (loop->running) {
    rt.raise(rt.t.RuntimeError, "This event loop is already running");
    return false;
  }
  if (asyncio_state(rt).running_loop) {
    rt.raise(rt.t.RuntimeError, "Cannot run the event loop while another loop is running");
    return false;
  }
  return true;
}

static Value asyncgen_firstiter_fn(Runtime& rt, const Value& self, CallArgs a);
static Value asyncgen_finalizer_fn(Runtime& rt, const Value& self, CallArgs a);

// BaseEventLoop._set_coroutine_origin_tracking: in debug mode coroutines made while the loop runs
// record where they were created (cr_origin, DEBUG_STACK_DEPTH frames), which the never-awaited
// warning shows.
static void set_origin_tracking(Runtime& rt, LoopObject* loop, bool enabled) {
  if (!rt.vm || enabled == loop->origin_tracking) return;
  if (enabled) {
    loop->origin_saved_depth = rt.vm->coro_origin_depth;
    rt.vm->coro_origin_depth = 10;
  } else {
    rt.vm->coro_origin_depth = loop->origin_saved_depth;
  }
  loop->origin_tracking = enabled;
}

static Value set_origin_tracking_cb(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "_set_coroutine_origin_tracking() takes 1 argument");
  int t = truthy(rt, a[0]);
  if (t < 0) return nullptr;
  set_origin_tracking(rt, as_loop(self), t);
  return rt.None();
}

bool loop_run_forever(Runtime& rt, const Value& loopv) {
  LoopObject* loop = as_loop(loopv);
  if (!loop_check_closed(rt, loop) || !check_running(rt, loop)) return false;
  // sys.set_asyncgen_hooks() for the duration of the run (only with an interpreter: C++ programs
  // driving the loop directly — tests, benchmarks — have no VM).
  VM* vm = rt.vm;
  Value old_first, old_final;
  if (vm) {
    old_first = vm->asyncgen_firstiter;
    old_final = vm->asyncgen_finalizer;
    vm->asyncgen_firstiter = make_builtin_function(rt, "_asyncgen_firstiter_hook", asyncgen_firstiter_fn, loopv,
                                                   asyncio_state(rt).loop_type);
    vm->asyncgen_finalizer = make_builtin_function(rt, "_asyncgen_finalizer_hook", asyncgen_finalizer_fn, loopv,
                                                   asyncio_state(rt).loop_type);
  }
  set_origin_tracking(rt, loop, loop->debug);
  set_running(rt, loopv, true);
  bool ok = true;
  PyFrameDepth depth(rt, 2);  // run_forever, _run_once
  StdFrameScope std_frame(rt, loopv, &kSiteRunForever);
  for (;;) {
    if (!run_once(rt, loopv)) {
      ok = false;
      break;
    }
    if (loop->stopping) break;
  }
  loop->stopping = false;
  set_running(rt, loopv, false);
  set_origin_tracking(rt, loop, false);
  if (vm) {
    vm->asyncgen_firstiter = old_first;
    vm->asyncgen_finalizer = old_final;
  }
  return ok;
}

// --- A loop run by a green thread (loop/green.cpp) ----------------------------------------------
// loop.run_forever() called in a started threading.Thread hands the call on to the Python frames
// of _green_loop.run_forever (vm_tail_call), which drive the loop through these: the thread's
// chain can then suspend while the loop waits for its next timer or for another thread's
// call_soon_threadsafe, and the other threads (the main one among them) go on meanwhile.

Value loop_thread_begin(Runtime& rt, const Value& loopv) {
  LoopObject* loop = as_loop(loopv);
  if (!loop_check_closed(rt, loop) || !check_running(rt, loop)) return nullptr;
  // sys.set_asyncgen_hooks() for the run, as loop_run_forever (the hooks are the thread's own:
  // green.cpp swaps them with the thread). The previous ones are given back for the end.
  VM& vm = *rt.vm;
  Value saved = make_tuple(rt, {vm.asyncgen_firstiter ? vm.asyncgen_firstiter : rt.None(),
                                vm.asyncgen_finalizer ? vm.asyncgen_finalizer : rt.None()});
  vm.asyncgen_firstiter = make_builtin_function(rt, "_asyncgen_firstiter_hook", asyncgen_firstiter_fn, loopv,
                                                asyncio_state(rt).loop_type);
  vm.asyncgen_finalizer = make_builtin_function(rt, "_asyncgen_finalizer_hook", asyncgen_finalizer_fn, loopv,
                                                asyncio_state(rt).loop_type);
  set_running(rt, loopv, true);
  return saved;
}

void loop_thread_end(Runtime& rt, const Value& loopv, const Value& saved) {
  LoopObject* loop = as_loop(loopv);
  loop->stopping = false;
  set_running(rt, loopv, false);
  if (saved && isinstance(rt, saved, rt.t.tuple) && as_tuple(saved)->size == 2) {
    VM& vm = *rt.vm;
    const Value& first = (*as_tuple(saved))[0];
    const Value& final = (*as_tuple(saved))[1];
    vm.asyncgen_firstiter = rt.is_none(first) ? Value() : first;
    vm.asyncgen_finalizer = rt.is_none(final) ? Value() : final;
  }
}

// Something for the loop to do at once: a ready callback, stop(), a signal, a ready socket.
static bool loop_has_work(Runtime& rt, const Value& loopv) {
  LoopObject* loop = as_loop(loopv);
  return !loop->ready->empty() || loop->stopping || (loop->pending_signals && !loop->pending_signals->empty()) ||
         vnet_io_ready(rt, loopv);
}

static Value loop_thread_ready_fn(Runtime& rt, const Value& self, CallArgs) {
  return rt.Bool(loop_has_work(rt, self));
}

Value loop_thread_wait(Runtime& rt, const Value& loopv) {
  LoopObject* loop = as_loop(loopv);
  drop_cancelled_timers(loop);
  if (green_any(rt) && !green_run_due(rt)) return nullptr;
  if (loop_has_work(rt, loopv)) return rt.None();
  std::vector<Value>& sched = *loop->scheduled;
  Value timeout = rt.None();
  if (!sched.empty()) {
    double dt = as_handle(sched[0])->when - loop_time(rt, loop);
    if (dt <= 0) return rt.None();
    timeout = make_float(rt, dt);
  }
  Value pred = make_builtin_function(rt, "_loop_has_work", loop_thread_ready_fn, loopv);
  return make_tuple(rt, {pred, timeout});
}

bool loop_thread_once(Runtime& rt, const Value& loopv) {
  return run_once(rt, loopv, true);
}

static Value run_until_complete_cb(Runtime& rt, const Value&, CallArgs a) {
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "_run_until_complete_cb() takes 1 argument");
  const Value& fut = a[0];
  int c = future_like_cancelled(rt, fut);
  if (c < 0) return nullptr;
  if (!c) {
    Value exc = future_like_exception(rt, fut);
    if (!exc) return nullptr;
    if (isinstance(rt, exc, rt.t.SystemExit) || isinstance(rt, exc, rt.t.KeyboardInterrupt)) return rt.None();
  }
  Value loop = future_get_loop(rt, fut);
  if (!loop) return nullptr;
  if (is_loop(rt, loop)) loop_stop(as_loop(loop));
  else if (!call_method(rt, loop, rt.intern("stop"), {})) return nullptr;
  return rt.None();
}

Value loop_run_until_complete(Runtime& rt, const Value& loopv, const Value& future) {
  LoopObject* loop = as_loop(loopv);
  if (!loop_check_closed(rt, loop) || !check_running(rt, loop)) return nullptr;
  int isf = isfuture(rt, future);
  if (isf < 0) return nullptr;
  bool new_task = !isf;
  Value fut = ensure_future(rt, future, loopv);
  if (!fut) return nullptr;
  if (new_task && is_task(rt, fut)) as_task(fut)->log_destroy_pending = false;
  register_native_callback(run_until_complete_cb, "_run_until_complete_cb", "base_events.py", 180);
  Value cb = make_builtin_function(rt, "_run_until_complete_cb", run_until_complete_cb);
  if (!future_like_add_done_callback(rt, fut, cb)) return nullptr;
  bool ok;
  {
    PyFrameDepth depth(rt, 1);  // run_until_complete
    StdFrameScope std_frame(rt, loopv, &kSiteRunUntilComplete);
    ok = loop_run_forever(rt, loopv);
  }
  if (!ok) {
    Value err = rt.take_error();
    if (new_task && future_like_done(rt, fut) == 1 && future_like_cancelled(rt, fut) == 0) {
      Value e = future_like_exception(rt, fut);
      (void)e;
      rt.clear_error();
    }
    if (is_future_exact(rt, fut)) future_remove_done_callback(rt, as_future(fut), cb);
    rt.exc = std::move(err);
    return nullptr;
  }
  if (is_future_exact(rt, fut)) {
    future_remove_done_callback(rt, as_future(fut), cb);
  } else {
    call_method(rt, fut, rt.n.remove_done_callback, {cb});
    rt.clear_error();
  }
  int d = future_like_done(rt, fut);
  if (d < 0) return nullptr;
  if (!d) return rt.raise(rt.t.RuntimeError, "Event loop stopped before Future completed.");
  Value result = future_like_result(rt, fut);
  // CPython's run_until_complete frame (its `future` local) is in the traceback of the exception
  // future.result() raises, and the future holds that exception: a cycle only the collector
  // frees, so what the failed coroutine's frames keep alive (objects with __del__, coroutines
  // never awaited) goes at the next full collection -- at exit -- not where the except ends.
  if (!result && is_exception_instance(rt.exc)) exception_keep_frame(rt, rt.exc, fut);
  return result;
}

Value loop_create_future(Runtime& rt, const Value& loop) { return new_future(rt, loop); }

Value loop_create_task(Runtime& rt, const Value& loopv, const Value& coro, const Value& name, const Value& context) {
  LoopObject* loop = as_loop(loopv);
  if (!loop_check_closed(rt, loop)) return nullptr;
  if (loop->task_factory) {
    Value t;
    if (context && !rt.is_none(context)) {
      Value names = make_tuple(rt, {make_str(rt, "context")});
      Value args[3] = {loopv, coro, context};
      t = call(rt, loop->task_factory, CallArgs{args, 2, as_tuple(names)});
    } else {
      t = call(rt, loop->task_factory, {loopv, coro});
    }
    if (!t) return nullptr;
    if (name && !rt.is_none(name)) {
      Value sn = getattr_opt(rt, t, rt.intern("set_name"));
      if (sn && !call(rt, sn, {name})) return nullptr;
      rt.clear_error();
    }
    return t;
  }
  return new_task(rt, coro, loopv, name, context);
}

// ---------------------------------------------------------------------------------------------
// Exception handler (logged through logging.getLogger("asyncio").error, as CPython does)

// Where CPython's asyncio package logs from (its Python source), for the record's pathname,
// filename, module, funcName and lineno.
struct LogSite {
  const char* file;  // under asyncio/
  int lineno;
  const char* func;
};
static constexpr LogSite kDefaultExceptionHandler{"base_events.py", 1771, "default_exception_handler"};
static constexpr LogSite kExceptionInDefaultHandler{"base_events.py", 1804, "call_exception_handler"};
static constexpr LogSite kExceptionInDefaultHandlerCustom{"base_events.py", 1825, "call_exception_handler"};
static constexpr LogSite kSelectorInit{"selector_events.py", 54, "__init__"};

// logger.<level>(msg, *args, exc_info=...) on the 'asyncio' logger as CPython's asyncio calls it:
// Logger._log's record, made with the site of CPython's call instead of findCaller (which would
// find the program's frame that led here). Returns false with an error set if logging raised.
static bool asyncio_log(Runtime& rt, Value logger, int level, const Value& msg, std::initializer_list<Value> args,
                        const Value& exc_info, const LogSite& site) {
  Value enabled = call_method(rt, logger, rt.intern("isEnabledFor"), {make_int(rt, level)});
  if (!enabled) return false;
  int on = truthy(rt, enabled);
  if (on <= 0) return on == 0;
  Value argt = make_tuple(rt, args);
  if (!argt) return false;
  std::string path = std::string("/usr/lib/python3.11/asyncio/") + site.file;
  Value rec = call_method(rt, logger, rt.intern("makeRecord"),
                          {make_str(rt, "asyncio"), make_int(rt, level), make_str(rt, path),
                           make_int(rt, site.lineno), msg, argt, exc_info ? exc_info : rt.None(),
                           make_str(rt, site.func), rt.None(), rt.None()});
  if (!rec) return false;
  return static_cast<bool>(call_method(rt, logger, rt.intern("handle"), {rec}));
}

// logging.getLogger("asyncio"), resolved once (null without an interpreter).
static void ensure_logger(Runtime& rt) {
  AsyncioState& st = asyncio_state(rt);
  if (!st.logger && rt.vm) {  // no interpreter (C++ programs driving the loop): no logging module
    Value logging = import_module(rt, make_str(rt, "logging"));
    if (logging) {
      Value get_logger = getattr(rt, logging, "getLogger");
      Value logger = get_logger ? call(rt, get_logger, {make_str(rt, "asyncio")}) : Value();
      if (logger) st.logger = logger;
    }
    rt.clear_error();
  }
}

static constexpr LogSite kSlowCallback{"base_events.py", 1917, "_run_once"};
static constexpr LogSite kCloseLog{"base_events.py", 676, "close"};

// logger.warning('Executing %s took %.3f seconds', _format_handle(handle), dt): the task when the
// callback is a task's bound method (its step or wakeup), else str(handle).
static bool log_slow_callback(Runtime& rt, const Value& handle, double dt) {
  ensure_logger(rt);
  AsyncioState& st = asyncio_state(rt);
  if (!st.logger) return true;
  HandleObject* h = as_handle(handle);
  Value owner;
  if (h->callback) {
    if (h->native.fn) {
      owner = h->callback;
    } else {
      owner = getattr_opt(rt, h->callback, rt.intern("__self__"));
      if (!owner && rt.has_error()) return false;
    }
  }
  Value shown = owner && is_task(rt, owner) ? repr(rt, owner) : str(rt, handle);
  if (!shown) return false;
  return asyncio_log(rt, st.logger, 30, make_str(rt, "Executing %s took %.3f seconds"), {shown, make_float(rt, dt)},
                     Value(), kSlowCallback);
}

// logger.error(message, exc_info=exc_info): exc_info is None/False or a (type, value, tb) tuple.
static void log_error_info(Runtime& rt, const std::string& message, const Value& exc_info, const LogSite& site) {
  AsyncioState& st = asyncio_state(rt);
  ensure_logger(rt);
  if (st.logger) {
    if (asyncio_log(rt, st.logger, 40, make_str(rt, message), {}, exc_info ? exc_info : rt.None(), site)) return;
    rt.clear_error();
  }
  // No logging module: what logging's last-resort handler would print.
  Value exception;
  if (exc_info && exc_info.type(rt) == rt.t.tuple && as_tuple(exc_info)->size == 3 &&
      is_exception_instance((*as_tuple(exc_info))[1])) {
    exception = (*as_tuple(exc_info))[1];
  }
  std::string out = message + "\n";
  if (exception && rt.print_exception) {
    rt.write(OutStream::Stderr, out);
    rt.print_exception(rt, exception);
    return;
  }
  rt.write(OutStream::Stderr, out);
}

static void log_error(Runtime& rt, const std::string& message, const Value& exception, const LogSite& site) {
  Value exc_info = rt.None();
  if (exception) {
    Value tb = as_exc(exception)->traceback;
    exc_info = make_tuple(rt, {Value::borrow(exception.type(rt)), exception, tb ? tb : rt.None()});
  }
  log_error_info(rt, message, exc_info, site);
}

// `''.join(traceback.format_list(value)).rstrip()` for the source_traceback / handle_traceback keys.
static bool format_stack_list(Runtime& rt, const Value& frames, std::string* out) {
  Value tbmod = import_module(rt, make_str(rt, "traceback"));
  if (!tbmod) return false;
  Value fmt = getattr(rt, tbmod, "format_list");
  if (!fmt) return false;
  Value lines = fmt ? call(rt, fmt, {frames}) : Value();
  if (!lines) return false;
  std::string text;
  bool ok = for_each(rt, lines, [&](const Value& line) {
    if (!is_str(rt, line)) {
      rt.raise(rt.t.TypeError, "sequence item: expected str instance, " + type_name(rt, line) + " found");
      return false;
    }
    text += str_view(line);
    return true;
  });
  if (!ok) return false;
  size_t end = text.find_last_not_of(" \t\n\r\f\v");
  text.resize(end == std::string::npos ? 0 : end + 1);
  *out = std::move(text);
  return true;
}

// BaseEventLoop.default_exception_handler(context) as base_events.py: context.get('message') and
// context.get('exception') (any object with a get method), exc_info from the exception's
// __traceback__, then 'key: repr(value)' for the other keys in sorted order, the lines joined
// (a message that is not a str is join's TypeError).
static bool default_exception_handler(Runtime& rt, const Value& context) {
  Value message, exception;
  if (context.type(rt) == rt.t.dict) {
    message = dict_get_str(as_dict(context), rt.intern("message"));
    exception = dict_get_str(as_dict(context), rt.intern("exception"));
  } else {
    Value get = getattr(rt, context, "get");
    if (!get) return false;
    message = call(rt, get, {make_str(rt, "message")});
    if (!message) return false;
    exception = call(rt, get, {make_str(rt, "exception")});
    if (!exception) return false;
  }
  if (message) {
    int t = truthy(rt, message);
    if (t < 0) return false;
    if (!t) message = Value();
  }
  if (!message) message = make_str(rt, "Unhandled exception in event loop");
  Value exc_info = rt.False();
  if (exception && !rt.is_none(exception)) {
    Value tb;
    if (is_exception_instance(exception)) {
      tb = as_exc(exception)->traceback;
      if (!tb) tb = rt.None();
    } else {
      tb = getattr(rt, exception, "__traceback__");
      if (!tb) return false;
    }
    exc_info = make_tuple(rt, {Value::borrow(exception.type(rt)), exception, tb});
  }
  // ('source_traceback' not in context and self._current_handle is not None and
  //  self._current_handle._source_traceback): context['handle_traceback'] = ...
  if (Value htb = current_handle_source_traceback(rt)) {
    int has = contains(rt, context, make_str(rt, "source_traceback"));
    if (has < 0) return false;
    if (!has && !setitem(rt, context, make_str(rt, "handle_traceback"), htb)) return false;
  }
  // for key in sorted(context): ...
  Value keys = list_from_iterable(rt, context);
  if (!keys) return false;
  if (!list_sort(rt, as_list(keys), Value(), false)) return false;
  ListObject* kl = as_list(keys);
  std::string rest;
  for (int64_t i = 0; i < kl->size; ++i) {
    Value k = kl->items[i];
    std::string_view kv = is_str(rt, k) ? str_view(k) : std::string_view();
    bool is_key_str = is_str(rt, k);
    if (is_key_str && (kv == "message" || kv == "exception")) continue;
    Value v = getitem(rt, context, k);
    if (!v) return false;
    std::string vs;
    if (is_key_str && (kv == "source_traceback" || kv == "handle_traceback")) {
      std::string tb;
      if (!format_stack_list(rt, v, &tb)) return false;
      vs = std::string(kv == "source_traceback" ? "Object" : "Handle") + " created at (most recent call last):\n" + tb;
    } else if (!repr_string(rt, v, &vs)) {
      return false;
    }
    Value kf = format(rt, k, make_str(rt, ""));
    std::string ks;
    if (!kf || !str_string(rt, kf, &ks)) return false;
    rest += "\n" + ks + ": " + vs;
  }
  if (!is_str(rt, message)) {
    rt.raise(rt.t.TypeError, "sequence item 0: expected str instance, " + type_name(rt, message) + " found");
    return false;
  }
  log_error_info(rt, std::string(str_view(message)) + rest, exc_info, kDefaultExceptionHandler);
  return true;
}

// self.default_exception_handler(context): a loop subclass may override it.
static bool call_default_exception_handler(Runtime& rt, const Value& loopv, const Value& context) {
  TypeObject* t = loopv.type(rt);
  if (t->flags & kTypeHeapType) {
    StrObject* name = rt.intern("default_exception_handler");
    Object* m = type_lookup(t, name);
    if (m && m != type_lookup(asyncio_state(rt).loop_type, name)) {
      Value r = call_method(rt, loopv, name, {context});
      return static_cast<bool>(r);
    }
  }
  return default_exception_handler(rt, context);
}

// The exception the default handler raised, logged with exc_info=True: CPython's traceback lists
// base_events.py's frames (here natives), so it has its header even without a frame of the program.
static Value take_handler_error(Runtime& rt) {
  Value exc = rt.take_error();
  if (!is_exception_instance(exc)) return Value();
  as_exc(exc)->hidden_python_frames = true;
  return exc;
}

void loop_call_exception_handler(Runtime& rt, const Value& loopv, const Value& context) {
  Value saved = rt.take_error();
  LoopObject* loop = is_loop(rt, loopv) ? as_loop(loopv) : nullptr;
  if (!loop) {
    Value r = call_method(rt, loopv, rt.intern("call_exception_handler"), {context});
    if (!r) rt.clear_error();
    rt.exc = std::move(saved);
    return;
  }
  if (!loop->exception_handler) {
    if (!call_default_exception_handler(rt, loopv, context)) {
      if (rt.error_matches(rt.t.SystemExit) || rt.error_matches(rt.t.KeyboardInterrupt)) return;
      log_error(rt, "Exception in default exception handler", take_handler_error(rt), kExceptionInDefaultHandler);
    }
  } else {
    Value r = call(rt, loop->exception_handler, {loopv, context});
    if (!r) {
      if (rt.error_matches(rt.t.SystemExit) || rt.error_matches(rt.t.KeyboardInterrupt) || rt.aborting()) return;
      Value exc = rt.take_error();
      Ref<DictObject> c2 = new_dict(rt);
      dict_set_str(rt, c2.get(), rt.intern("message"), make_str(rt, "Unhandled error in exception handler"));
      dict_set_str(rt, c2.get(), rt.intern("exception"), exc);
      dict_set_str(rt, c2.get(), rt.intern("context"), context);
      if (!call_default_exception_handler(rt, loopv, c2.value())) {
        // raised inside `except BaseException as exc:`, so its __context__ is exc
        if (is_exception_instance(rt.exc) && is_exception_instance(exc)) chain_context_to(rt, rt.exc, exc);
        if (rt.error_matches(rt.t.SystemExit) || rt.error_matches(rt.t.KeyboardInterrupt)) return;
        log_error(rt,
                  "Exception in default exception handler while handling an unexpected error in custom exception "
                  "handler",
                  take_handler_error(rt), kExceptionInDefaultHandlerCustom);
      }
    }
  }
  if (!rt.has_error()) rt.exc = std::move(saved);
}

// ---------------------------------------------------------------------------------------------
// get_event_loop & co.

Value get_running_loop(Runtime& rt) {
  AsyncioState* st = asyncio_state_if_any(rt);
  if (!st || !st->running_loop) return nullptr;
  return st->running_loop;
}

// CPython's BaseSelectorEventLoop.__init__ logs its selector on the 'asyncio' logger at DEBUG
// level, which a program that configured logging for DEBUG shows. Only a program that imported
// logging can have configured it, so nothing is imported here.
static bool log_selector(Runtime& rt) {
  if (!rt.vm || !rt.vm->modules) return true;
  Value* logging = dict_lookup_str(as_dict(rt.vm->modules), rt.intern("logging"));
  if (!logging || !logging->is_obj() || !isinstance(rt, *logging, rt.t.module)) return true;
  Value get_logger = getattr(rt, *logging, "getLogger");
  if (!get_logger) return false;
  Value logger = call(rt, get_logger, {make_str(rt, "asyncio")});
  if (!logger) return false;
  return asyncio_log(rt, logger, 10, make_str(rt, "Using selector: %s"), {make_str(rt, "EpollSelector")}, Value(),
                     kSelectorInit);
}

// coroutines._is_debug_mode(): PYTHONASYNCIODEBUG set to a non-empty string in os.environ. The
// environment starts empty here, so only a program that imported os can have set it.
static int env_debug_mode(Runtime& rt) {
  if (!rt.vm || !rt.vm->modules) return 0;
  Value* os = dict_lookup_str(as_dict(rt.vm->modules), rt.intern("os"));
  if (!os || !os->is_obj() || !isinstance(rt, *os, rt.t.module)) return 0;
  Value environ = getattr(rt, *os, "environ");
  if (!environ) return -1;
  Value v = call_method(rt, environ, rt.intern("get"), {make_str(rt, "PYTHONASYNCIODEBUG")});
  if (!v) return -1;
  return truthy(rt, v);
}

static Value init_loop(Runtime& rt, LoopObject* l) {
  l->ready = new std::deque<Value>();
  l->scheduled = new std::vector<Value>();
  l->slow_callback_duration = 0.1;
  Value v = Value::steal(l);
  gc_track(rt, l);
  int debug = env_debug_mode(rt);
  if (debug < 0) return nullptr;
  l->debug = debug;
  if (!log_selector(rt)) return nullptr;
  return v;
}

Value new_event_loop(Runtime& rt) {
  AsyncioState& st = asyncio_state(rt);
  return init_loop(rt, alloc<LoopObject>(rt, st.loop_type));
}

Value get_event_loop(Runtime& rt) {
  Value running = get_running_loop(rt);
  if (running) return running;
  AsyncioState& st = asyncio_state(rt);
  if (!st.event_loop && !st.set_called) {
    st.event_loop = new_event_loop(rt);
    if (!st.event_loop) return nullptr;  // the selector's debug log failed
    st.set_called = true;
  }
  if (!st.event_loop) {
    std::string name = "MainThread";
    int64_t ident;
    green_thread_identity(rt, &name, &ident);  // an executor's worker (loop/green.cpp)
    return rt.raise(rt.t.RuntimeError, "There is no current event loop in thread '" + name + "'.");
  }
  return st.event_loop;
}

// ---------------------------------------------------------------------------------------------
// Async generator hooks

static void asyncgen_discard(LoopObject* loop, Object* gen) {
  if (!loop->asyncgens) return;
  auto& v = *loop->asyncgens;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == gen) {
      v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

static void asyncgen_forget(const Value& loopv, Object* gen) {
  if (loopv) asyncgen_discard(as_loop(loopv), gen);
}

static Value asyncgen_firstiter_fn(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "_asyncgen_firstiter_hook() takes 1 argument");
  LoopObject* loop = as_loop(self);
  const Value& g = a[0];
  // Only async generators can be held weakly (CPython: "cannot create weak reference").
  if (!g.is_obj() || g.obj()->type != rt.t.async_generator) {
    return rt.raise(rt.t.TypeError, "cannot create weak reference to '" + type_name(rt, g) + "' object");
  }
  if (!loop->asyncgens) loop->asyncgens = new std::vector<Object*>();
  asyncgen_discard(loop, g.obj());
  loop->asyncgens->push_back(g.obj());
  gen_register_weak(as_gen(g), self, asyncgen_forget);
  return rt.None();
}

static Value asyncgen_finalizer_fn(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "_asyncgen_finalizer_hook() takes 1 argument");
  LoopObject* loop = as_loop(self);
  if (a[0].is_obj()) asyncgen_discard(loop, a[0].obj());
  if (!loop->closed) {
    Value aclose = call_method(rt, a[0], rt.intern("aclose"), {});
    if (!aclose) return nullptr;
    Value create = getattr(rt, self, "create_task");
    if (!create) return nullptr;
    if (!loop_call_soon(rt, self, create, make_tuple(rt, {aclose}), Value())) return nullptr;
  }
  return rt.None();
}

static NativeCoro shutdown_asyncgens_impl(Runtime& rt, Value loopv) {
  LoopObject* loop = as_loop(loopv);
  loop->asyncgens_shutdown_called = true;
  if (!loop->asyncgens || loop->asyncgens->empty()) co_return Outcome::ok(rt.None());
  Value agens = new_list(rt, 0).value();
  for (Object* g : *loop->asyncgens) list_append(rt, as_list(agens), Value::borrow(g));
  loop->asyncgens->clear();
  // gather(*[ag.aclose() for ag in agens], return_exceptions=True)
  std::vector<Value> closes;
  ListObject* al = as_list(agens);
  for (int64_t i = 0; i < al->size; ++i) {
    Value c = call_method(rt, al->items[i], rt.intern("aclose"), {});
    if (!c) co_return Outcome::from_error(rt);
    closes.push_back(c);
  }
  Value g = gather_futures(rt, closes, true, loopv);
  if (!g) co_return Outcome::from_error(rt);
  co_await gc_visible(&loopv, &agens, &g);
  co_await gc_visible_list(&closes);
  Outcome r = co_await await_future(rt, g);
  if (r.failed()) co_return r;
  ListObject* results = as_list(r.value);
  for (int64_t i = 0; i < results->size && i < al->size; ++i) {
    const Value& res = results->items[i];
    if (isinstance(rt, res, rt.t.Exception)) {
      std::string ar;
      repr_string(rt, al->items[i], &ar);
      Ref<DictObject> ctx = new_dict(rt);
      dict_set_str(rt, ctx.get(), rt.intern("message"),
                   make_str(rt, "an error occurred during closing of asynchronous generator " + ar));
      dict_set_str(rt, ctx.get(), rt.intern("exception"), res);
      dict_set_str(rt, ctx.get(), rt.intern("asyncgen"), al->items[i]);
      loop_call_exception_handler(rt, loopv, ctx.value());
    }
  }
  co_return Outcome::ok(rt.None());
}

// The default executor's shutdown waits for its jobs (green threads) to finish, as
// ThreadPoolExecutor.shutdown(wait=True) in the helper thread CPython starts for it does.
static NativeCoro shutdown_default_executor_impl(Runtime& rt, Value loopv) {
  as_loop(loopv)->executor_shutdown_called = true;
  if (!green_loop_has_pool(rt, loopv)) co_return Outcome::ok(rt.None());
  // CPython starts a threading.Thread for the shutdown: it takes the next "Thread-N" name.
  Value threading = rt.vm ? rt.vm->import_module(rt, make_str(rt, "threading")) : Value();
  Value named = threading ? call_method(rt, threading, rt.intern("_newname"), {make_str(rt, "Thread-%d")}) : Value();
  if (!named) co_return Outcome::from_error(rt);
  Value fut = new_future(rt, loopv);
  if (!fut) co_return Outcome::from_error(rt);
  co_await gc_visible(&loopv, &fut);
  if (green_notify_idle(rt, loopv, fut)) {
    Outcome r = co_await await_future(rt, fut);
    if (r.failed()) co_return r;
  }
  co_return Outcome::ok(rt.None());
}

// ---------------------------------------------------------------------------------------------
// Python-level methods

static LoopObject* L(const Value& v) { return as_loop(v); }

static bool get_context_kw(Runtime& rt, CallArgs a, const char* fname, Value* context, size_t* npos) {
  *npos = a.nargs;
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view n = str_view((*a.kwnames)[static_cast<int64_t>(k)]);
    if (n == "context") {
      *context = rt.is_none(a.kwvalues()[k]) ? Value() : a.kwvalues()[k];
    } else {
      rt.raise(rt.t.TypeError, "BaseEventLoop." + std::string(fname) + "() got an unexpected keyword argument '" + std::string(n) + "'");
      mark_binding_error(rt);
      return false;
    }
  }
  return true;
}

// CPython's message for call_at/call_later(when_or_delay, callback, *args) given too few arguments.
static Value missing_when_callback(Runtime& rt, const char* fname, const char* first, size_t n) {
  std::string head = std::string("BaseEventLoop.") + fname + "() missing ";
  if (n == 0) return rt.raise(rt.t.TypeError, head + "2 required positional arguments: '" + first + "' and 'callback'");
  return rt.raise(rt.t.TypeError, head + "1 required positional argument: 'callback'");
}

// The loop's methods are Python functions in CPython (BaseEventLoop's, some _UnixSelectorEventLoop's):
// a call with the wrong arguments gets the messages of a `def` with that qualname.
static bool loop_args(Runtime& rt, CallArgs a, const char* qualname, std::initializer_list<const char*> names = {},
                      size_t nrequired = 0, Value* out = nullptr) {
  if (a.nkw() == 0 && a.nargs == names.size() && nrequired == names.size()) {
    for (size_t i = 0; i < a.nargs; ++i) out[i] = a.args[i];
    return true;
  }
  Value tmp[4];
  return bind_args(rt, a, qualname, names, names.size(), nrequired, out ? out : tmp);
}

static Value m_time(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.time")) return nullptr;
  return make_float(rt, loop_time(rt, L(self)));
}

// BaseEventLoop._check_callback(callback, method), which CPython runs only in debug mode (after
// _check_closed): a coroutine or coroutine function, then anything not callable, is rejected.
static bool check_callback(Runtime& rt, const Value& callback, const char* method) {
  Value asyncio_mod = rt.vm ? rt.vm->import_module(rt, make_str(rt, "asyncio")) : Value();
  if (!asyncio_mod) return !rt.has_error();
  for (const char* name : {"iscoroutine", "iscoroutinefunction"}) {
    Value fn = getattr(rt, asyncio_mod, name);
    Value r = fn ? call(rt, fn, {callback}) : Value();
    if (!r) return false;
    int t = truthy(rt, r);
    if (t < 0) return false;
    if (t) {
      rt.raise(rt.t.TypeError, std::string("coroutines cannot be used with ") + method + "()");
      return false;
    }
  }
  if (!callable(rt, callback)) {
    std::string r;
    if (!repr_string(rt, callback, &r)) return false;
    rt.raise(rt.t.TypeError, std::string("a callable object was expected by ") + method + "(), got " + r);
    return false;
  }
  return true;
}

// call_soon(callback, *args, context=None) and call_soon_threadsafe (the same here: one thread).
static Value call_soon_impl(Runtime& rt, const Value& self, CallArgs a, const char* fname) {
  Value context;
  size_t n;
  if (!get_context_kw(rt, a, fname, &context, &n)) return nullptr;
  if (n < 1) {
    return rt.raise(rt.t.TypeError,
                    std::string("BaseEventLoop.") + fname + "() missing 1 required positional argument: 'callback'");
  }
  if (L(self)->debug && (!loop_check_closed(rt, L(self)) || !check_callback(rt, a[0], fname))) return nullptr;
  return loop_call_soon(rt, self, a[0], make_tuple(rt, a.args + 1, static_cast<int64_t>(n - 1)), context);
}
static Value m_call_soon(Runtime& rt, const Value& self, CallArgs a) { return call_soon_impl(rt, self, a, "call_soon"); }
static Value m_call_soon_threadsafe(Runtime& rt, const Value& self, CallArgs a) {
  return call_soon_impl(rt, self, a, "call_soon_threadsafe");
}

static Value m_call_at(Runtime& rt, const Value& self, CallArgs a) {
  Value context;
  size_t n;
  if (!get_context_kw(rt, a, "call_at", &context, &n)) return nullptr;
  if (n < 2) return missing_when_callback(rt, "call_at", "when", n);
  if (rt.is_none(a[0])) return rt.raise(rt.t.TypeError, "when cannot be None");
  if (L(self)->debug && (!loop_check_closed(rt, L(self)) || !check_callback(rt, a[1], "call_at"))) return nullptr;
  double when;
  if (!to_double(rt, a[0], &when)) return nullptr;
  Value h = loop_call_at(rt, self, when, a[1], make_tuple(rt, a.args + 2, static_cast<int64_t>(n - 2)), context);
  if (h && a[0].type(rt) != rt.t.float_) as_handle(h)->when_obj = a[0];
  return h;
}

static Value m_call_later(Runtime& rt, const Value& self, CallArgs a) {
  Value context;
  size_t n;
  if (!get_context_kw(rt, a, "call_later", &context, &n)) return nullptr;
  if (n < 2) return missing_when_callback(rt, "call_later", "delay", n);
  if (rt.is_none(a[0])) return rt.raise(rt.t.TypeError, "delay must not be None");
  double when;
  if (!loop_later_when(rt, L(self), a[0], &when)) return nullptr;
  // call_later is self.call_at(self.time() + delay, ...): its checks name call_at.
  if (L(self)->debug && (!loop_check_closed(rt, L(self)) || !check_callback(rt, a[1], "call_at"))) return nullptr;
  Value h = loop_call_at(rt, self, when, a[1], make_tuple(rt, a.args + 2, static_cast<int64_t>(n - 2)), context);
  // Debug mode: call_later's own frame is one more that extract_stack's limit counted before it was
  // deleted from the source traceback (TimerHandle, call_at, call_later): the outermost one goes.
  if (h && as_handle(h)->source_tb && as_list(as_handle(h)->source_tb)->size == kHandleSourceTracebackLimit) {
    if (!call_method(rt, as_handle(h)->source_tb, rt.intern("pop"), {Value::small(0)})) return nullptr;
  }
  return h;
}

static Value m_run_forever(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.run_forever")) return nullptr;
  if (green_in_thread(rt)) {
    Value r = green_loop_tail_call(rt, "run_forever", {self});
    if (r || rt.has_error()) return r;
  }
  if (!loop_run_forever(rt, self)) return nullptr;
  return rt.None();
}

static Value m_run_until_complete(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!loop_args(rt, a, "BaseEventLoop.run_until_complete", {"future"}, 1, args)) return nullptr;
  if (green_in_thread(rt)) {
    Value r = green_loop_tail_call(rt, "run_until_complete", {self, args[0]});
    if (r || rt.has_error()) return r;
  }
  return loop_run_until_complete(rt, self, args[0]);
}

static Value m_stop(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.stop")) return nullptr;
  loop_stop(L(self));
  return rt.None();
}

static Value m_close(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "_UnixSelectorEventLoop.close")) return nullptr;
  LoopObject* l = L(self);
  if (l->running) return rt.raise(rt.t.RuntimeError, "Cannot close a running event loop");
  if (l->closed) return rt.None();
  if (l->debug) {
    // BaseEventLoop.close(): logger.debug("Close %r", self)
    ensure_logger(rt);
    Value logger = asyncio_state(rt).logger;
    if (logger && !asyncio_log(rt, logger, 10, make_str(rt, "Close %r"), {self}, Value(), kCloseLog)) return nullptr;
  }
  AsyncioState& st = asyncio_state(rt);
  if (st.trace) {
    for (TaskObject* t = st.first_task; t; t = t->next_created) {
      if (t->state == FutureState::Pending && t->loop.is(self)) {
        st.trace->diagnostic(Diagnostic::PendingAtLoopClose, Value::borrow(t), "");
      }
    }
  }
  l->closed = true;
  l->ready->clear();
  l->scheduled->clear();
  l->executor_shutdown_called = true;
  // _UnixSelectorEventLoop.close(): its signal handlers are removed.
  if (l->signal_handlers && as_dict(l->signal_handlers)->used > 0) {
    Value keys = list_from_iterable(rt, l->signal_handlers);
    if (!keys) return nullptr;
    for (int64_t i = 0; i < as_list(keys)->size; ++i) {
      Value sig = as_list(keys)->items[i];
      if (!m_remove_signal_handler(rt, self, CallArgs{&sig, 1, nullptr})) return nullptr;
    }
  }
  return rt.None();
}

static Value m_is_running(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.is_running")) return nullptr;
  return rt.Bool(L(self)->running);
}
static Value m_is_closed(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.is_closed")) return nullptr;
  return rt.Bool(L(self)->closed);
}
static Value loop_debug_value(Runtime& rt, LoopObject* l) {
  return l->debug_value ? l->debug_value : rt.Bool(l->debug);
}
static Value m_get_debug(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.get_debug")) return nullptr;
  return loop_debug_value(rt, L(self));
}
static Value m_set_debug(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!loop_args(rt, a, "BaseEventLoop.set_debug", {"enabled"}, 1, args)) return nullptr;
  // self._debug = enabled (stored as given: get_debug() returns it; its truth is the debug mode)
  int t = truthy(rt, args[0]);
  if (t < 0) return nullptr;
  L(self)->debug = t;
  L(self)->debug_value = args[0];
  if (L(self)->running) {  // call_soon_threadsafe(self._set_coroutine_origin_tracking, enabled)
    static const NativeCallback kTrack{set_origin_tracking_cb, "_set_coroutine_origin_tracking", nullptr};
    if (!loop_call_soon_native(rt, self, kTrack, self, make_tuple(rt, {args[0]}), Value())) return nullptr;
  }
  return rt.None();
}

static Value m_create_future(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.create_future")) return nullptr;
  return loop_create_future(rt, self);
}

static Value m_create_task(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "BaseEventLoop.create_task", {"coro", "name", "context"}, 1, 1, args)) return nullptr;
  return loop_create_task(rt, self, args[0], args[1], args[2]);
}

static Value m_set_task_factory(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!loop_args(rt, a, "BaseEventLoop.set_task_factory", {"factory"}, 1, args)) return nullptr;
  if (!rt.is_none(args[0]) && !callable(rt, args[0])) return rt.raise(rt.t.TypeError, "task factory must be a callable or None");
  L(self)->task_factory = rt.is_none(args[0]) ? Value() : args[0];
  return rt.None();
}
static Value m_get_task_factory(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.get_task_factory")) return nullptr;
  Value f = L(self)->task_factory;
  return f ? f : rt.None();
}

static Value m_set_exception_handler(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!loop_args(rt, a, "BaseEventLoop.set_exception_handler", {"handler"}, 1, args)) return nullptr;
  if (!rt.is_none(args[0]) && !callable(rt, args[0])) {
    std::string r;
    repr_string(rt, args[0], &r);
    return rt.raise(rt.t.TypeError, "A callable object or None is expected, got " + r);
  }
  L(self)->exception_handler = rt.is_none(args[0]) ? Value() : args[0];
  return rt.None();
}
static Value m_get_exception_handler(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.get_exception_handler")) return nullptr;
  Value h = L(self)->exception_handler;
  return h ? h : rt.None();
}
static Value m_default_exception_handler(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!loop_args(rt, a, "BaseEventLoop.default_exception_handler", {"context"}, 1, args)) return nullptr;
  if (!default_exception_handler(rt, args[0])) return nullptr;
  return rt.None();
}
static Value m_call_exception_handler(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!loop_args(rt, a, "BaseEventLoop.call_exception_handler", {"context"}, 1, args)) return nullptr;
  loop_call_exception_handler(rt, self, args[0]);
  if (rt.has_error()) return nullptr;
  return rt.None();
}

static Value m_shutdown_asyncgens(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.shutdown_asyncgens")) return nullptr;
  return wrap_native(rt, "BaseEventLoop.shutdown_asyncgens", shutdown_asyncgens_impl(rt, self));
}
static Value m_shutdown_default_executor(Runtime& rt, const Value& self, CallArgs a) {
  if (!loop_args(rt, a, "BaseEventLoop.shutdown_default_executor")) return nullptr;
  return wrap_native(rt, "BaseEventLoop.shutdown_default_executor", shutdown_default_executor_impl(rt, self));
}

// The worker's result reaches the asyncio future through the loop (futures._chain_future's
// _call_set_state, scheduled by call_soon_threadsafe): self is the future, args (ok, value).
static Value executor_set_state(Runtime& rt, const Value& self, CallArgs a) {
  FutureObject* f = as_future(self);
  if (f->state == FutureState::Cancelled) return rt.None();
  if (f->state != FutureState::Pending) return rt.None();
  bool ok = a[0].is_obj() && a[0].obj() == rt.True().obj();
  if (ok ? !future_set_result(rt, f, a[1]) : !future_set_exception(rt, f, a[1])) return nullptr;
  return rt.None();
}

// A job of the default executor ended (in its green thread): its outcome reaches the future
// through the loop, as the worker's call_soon_threadsafe; nothing when the loop is closed.
static bool deliver_to_future(Runtime& rt, const Value& fut, bool ok, const Value& outcome) {
  const Value& loopv = as_future(fut)->loop;
  if (!loopv || !is_loop(rt, loopv) || as_loop(loopv)->closed) return true;
  static const NativeCallback kSetState{executor_set_state, "_chain_future.<locals>._call_set_state", nullptr};
  Value state = make_tuple(rt, {ok ? rt.True() : rt.False(), outcome});
  return static_cast<bool>(loop_call_soon_native(rt, loopv, kSetState, fut, std::move(state), Value()));
}

// run_in_executor(executor, func, *args): the default executor's jobs run as green threads
// (green.cpp): the function starts at once and runs until it blocks (time.sleep), then on
// beside the loop on the virtual clock; its result or exception is delivered to the returned
// future by a callback the loop runs (call_soon_threadsafe in CPython), so awaiting it lets the
// tasks already ready run first. Another executor: wrap_future(executor.submit(func, *args)).
// set_default_executor(executor): a ThreadPoolExecutor that run_in_executor(None, ...) and
// to_thread then use (kept by green.cpp with the loop's default pool).
static Value m_set_default_executor(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "BaseEventLoop.set_default_executor", {"executor"}, 1, 1, args)) return nullptr;
  Value cf = import_module(rt, make_str(rt, "concurrent.futures"));
  Value tpe = cf ? getattr(rt, cf, "ThreadPoolExecutor") : Value();
  if (!tpe) return nullptr;
  int ok = isinstance_generic(rt, args[0], tpe);
  if (ok < 0) return nullptr;
  if (!ok) return rt.raise(rt.t.TypeError, "executor must be ThreadPoolExecutor instance");
  green_set_loop_executor(rt, self, args[0]);
  return rt.None();
}

static Value m_run_in_executor(Runtime& rt, const Value& self, CallArgs a) {
  Value bound[2];
  if (a.nkw() > 0) {
    // run_in_executor(self, executor, func, *args): a keyword can only name one of the two
    if (a.nargs > 2) {
      std::string kn(str_view((*a.kwnames)[0]));
      if (kn == "executor" || kn == "func") {
        return rt.raise(rt.t.TypeError, "BaseEventLoop.run_in_executor() got multiple values for argument '" + kn + "'");
      }
      return rt.raise(rt.t.TypeError, "BaseEventLoop.run_in_executor() got an unexpected keyword argument '" + kn + "'");
    }
    if (!bind_args(rt, a, "BaseEventLoop.run_in_executor", {"executor", "func"}, 2, 2, bound)) return nullptr;
    a = CallArgs{bound, 2, nullptr};
  }
  if (a.nargs < 2) {
    return rt.raise(rt.t.TypeError, a.nargs == 0 ? "BaseEventLoop.run_in_executor() missing 2 required positional arguments: 'executor' and 'func'"
                                                 : "BaseEventLoop.run_in_executor() missing 1 required positional argument: 'func'");
  }
  LoopObject* l = L(self);
  if (!loop_check_closed(rt, l)) return nullptr;
  if (rt.is_none(a[0]) && l->executor_shutdown_called) {
    return rt.raise(rt.t.RuntimeError, "Executor shutdown has been called");
  }
  Value executor = a[0];
  if (rt.is_none(executor)) {
    Value set = green_loop_executor(rt, self);  // loop.set_default_executor()'s
    if (set) executor = set;
  }
  if (!rt.is_none(executor)) {
    // futures.wrap_future(executor.submit(func, *args), loop=self)
    Value submit = getattr(rt, executor, "submit");
    Value sub = submit ? call(rt, submit, CallArgs{a.args + 1, a.nargs - 1, nullptr}) : Value();
    Value asyncio_mod = sub ? import_module(rt, make_str(rt, "asyncio")) : Value();
    Value wrap = asyncio_mod ? getattr(rt, asyncio_mod, "wrap_future") : Value();
    if (!wrap) return nullptr;
    Ref<DictObject> kw = new_dict(rt);
    dict_set_str(rt, kw.get(), rt.intern("loop"), self);
    return call_kw(rt, wrap, make_tuple(rt, {sub}), std::move(kw).value());
  }
  Value fut = new_future(rt, self);
  if (!fut) return nullptr;
  Value args = make_tuple(rt, a.args + 2, static_cast<int64_t>(a.nargs - 2));
  if (!green_submit(rt, green_loop_pool(rt, self), a[1], args, Value(), deliver_to_future, fut, false)) {
    return nullptr;
  }
  return fut;
}

// unix_events._UnixSelectorEventLoop._check_signal
static bool check_signal(Runtime& rt, const Value& sig, int64_t* n) {
  if (!isinstance(rt, sig, rt.t.int_)) {
    std::string r;
    if (!repr_string(rt, sig, &r)) return false;
    rt.raise(rt.t.TypeError, "sig must be an int, not " + r);
    return false;
  }
  if (!int_to_int64(sig, n) || *n < 1 || *n >= 65 || *n == 32 || *n == 33) {
    rt.clear_error();
    std::string r;
    Value plain = call(rt, Value::borrow(rt.t.int_), {sig});
    if (!plain || !repr_string(rt, plain, &r)) return false;
    rt.raise(rt.t.ValueError, "invalid signal number " + r);
    return false;
  }
  return true;
}

// The Python-level handler add_signal_handler installs (_sighandler_noop in CPython, whose C-level
// handler writes the signal number to the loop's wake-up fd): notes the signal for the loop.
static Value sighandler_noop(Runtime& rt, const Value& self, CallArgs a) {
  LoopObject* l = as_loop(self);
  int64_t n = 0;
  if (a.nargs >= 1 && int_to_int64(a[0], &n) && l->pending_signals) l->pending_signals->push_back(n);
  rt.clear_error();
  return rt.None();
}

static Value call_signal(Runtime& rt, const char* fn, std::initializer_list<Value> args) {
  Value mod = import_module(rt, make_str(rt, "signal"));
  if (!mod) return nullptr;
  Value f = getattr(rt, mod, fn);
  if (!f) return nullptr;
  return call(rt, f, args);
}

// signal.signal(sig, handler), with EINVAL (SIGKILL, SIGSTOP) as RuntimeError('sig N cannot be caught').
static bool set_signal(Runtime& rt, const Value& sig, int64_t n, const Value& handler) {
  if (call_signal(rt, "signal", {sig, handler})) return true;
  if (rt.error_matches(rt.t.OSError)) {
    Value e = rt.take_error();
    Value errno_v = getattr_opt(rt, e, rt.intern("errno"));
    rt.clear_error();
    int64_t en = 0;
    if (errno_v && int_to_int64(errno_v, &en) && en == 22) {
      rt.raise(rt.t.RuntimeError, "sig " + std::to_string(n) + " cannot be caught");
      return false;
    }
    rt.exc = std::move(e);
  }
  return false;
}

static Value m_add_signal_handler(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nkw() > 0) {
    std::string kn(str_view((*a.kwnames)[0]));
    if ((kn == "sig" && a.nargs >= 1) || (kn == "callback" && a.nargs >= 2)) {
      return rt.raise(rt.t.TypeError, "_UnixSelectorEventLoop.add_signal_handler() got multiple values for argument '" + kn + "'");
    }
    if (kn != "sig" && kn != "callback") {
      return rt.raise(rt.t.TypeError, "_UnixSelectorEventLoop.add_signal_handler() got an unexpected keyword argument '" + kn + "'");
    }
    Value bound[2];
    if (!bind_args(rt, a, "_UnixSelectorEventLoop.add_signal_handler", {"sig", "callback"}, 2, 2, bound)) return nullptr;
    return m_add_signal_handler(rt, self, CallArgs{bound, 2, nullptr});
  }
  if (a.nargs < 2) {
    return rt.raise(rt.t.TypeError, a.nargs == 0 ? "_UnixSelectorEventLoop.add_signal_handler() missing 2 required positional arguments: 'sig' and 'callback'"
                                                 : "_UnixSelectorEventLoop.add_signal_handler() missing 1 required positional argument: 'callback'");
  }
  LoopObject* l = L(self);
  {
    Value am = import_module(rt, make_str(rt, "asyncio"));
    if (!am) return nullptr;
    for (const char* check : {"iscoroutine", "iscoroutinefunction"}) {
      Value f = getattr(rt, am, check);
      Value r = f ? call(rt, f, {a[1]}) : Value();
      if (!r) return nullptr;
      if (r.is(rt.True())) return rt.raise(rt.t.TypeError, "coroutines cannot be used with add_signal_handler()");
    }
  }
  int64_t n = 0;
  if (!check_signal(rt, a[0], &n)) return nullptr;
  if (!loop_check_closed(rt, l)) return nullptr;
  Value h = new_handle(rt, a[1], make_tuple(rt, a.args + 2, static_cast<int64_t>(a.nargs - 2)), self, Value());
  if (!h) return nullptr;
  if (!l->signal_handlers) l->signal_handlers = new_dict(rt).value();
  if (!l->pending_signals) l->pending_signals = new std::vector<int64_t>();
  if (!dict_set(rt, as_dict(l->signal_handlers), a[0], h)) return nullptr;
  Value noop = make_builtin_function(rt, "_sighandler_noop", sighandler_noop, self);
  if (!set_signal(rt, a[0], n, noop)) {
    Value err = rt.take_error();
    dict_del(rt, as_dict(l->signal_handlers), a[0]);
    rt.clear_error();
    rt.exc = std::move(err);
    return nullptr;
  }
  return rt.None();
}

static Value m_remove_signal_handler(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!loop_args(rt, a, "_UnixSelectorEventLoop.remove_signal_handler", {"sig"}, 1, args)) return nullptr;
  a = CallArgs{args, 1, nullptr};
  LoopObject* l = L(self);
  int64_t n = 0;
  if (!check_signal(rt, a[0], &n)) return nullptr;
  if (!l->signal_handlers) return rt.False();
  int r = dict_del(rt, as_dict(l->signal_handlers), a[0]);
  if (r < 0) return nullptr;
  if (r == 0) return rt.False();
  Value mod = import_module(rt, make_str(rt, "signal"));
  if (!mod) return nullptr;
  Value handler = getattr(rt, mod, n == 2 ? "default_int_handler" : "SIG_DFL");
  if (!handler || !set_signal(rt, a[0], n, handler)) return nullptr;
  return rt.True();
}

static Value loop_repr(Runtime& rt, const Value& self) {
  LoopObject* l = L(self);
  std::string debug;
  Value dv = format(rt, loop_debug_value(rt, l), make_str(rt, ""));
  if (!dv || !str_string(rt, dv, &debug)) return nullptr;
  return make_str(rt, "<" + std::string(type_short_name(self.type(rt))) + " running=" + (l->running ? "True" : "False") +
                          " closed=" + (l->closed ? "True" : "False") + " debug=" + debug + ">");
}

static Value g_slow(Runtime& rt, const Value& s) { return make_float(rt, L(s)->slow_callback_duration); }
static bool s_slow(Runtime& rt, const Value& s, const Value& v) {
  double d;
  if (!v || !to_double(rt, v, &d)) return false;
  L(s)->slow_callback_duration = d;
  return true;
}
static Value g_ready(Runtime& rt, const Value& s) {
  Ref<ListObject> l = new_list(rt);
  for (const Value& h : *L(s)->ready) list_append(rt, l.get(), h);
  return std::move(l).value();
}
static Value g_scheduled(Runtime& rt, const Value& s) {
  Ref<ListObject> l = new_list(rt);
  for (const Value& h : *L(s)->scheduled) list_append(rt, l.get(), h);
  return std::move(l).value();
}
static Value g_stopping(Runtime& rt, const Value& s) { return rt.Bool(L(s)->stopping); }
static Value g_closed(Runtime& rt, const Value& s) { return rt.Bool(L(s)->closed); }
static Value g_debug(Runtime& rt, const Value& s) { return loop_debug_value(rt, L(s)); }

static const MethodDef kLoopMethods[] = {
    {"time", m_time},
    {"call_soon", m_call_soon},
    {"call_soon_threadsafe", m_call_soon_threadsafe},
    {"call_later", m_call_later},
    {"call_at", m_call_at},
    {"run_forever", m_run_forever},
    {"run_until_complete", m_run_until_complete},
    {"stop", m_stop},
    {"close", m_close},
    {"is_running", m_is_running},
    {"is_closed", m_is_closed},
    {"get_debug", m_get_debug},
    {"set_debug", m_set_debug},
    {"create_future", m_create_future},
    {"create_task", m_create_task},
    {"set_task_factory", m_set_task_factory},
    {"get_task_factory", m_get_task_factory},
    {"set_exception_handler", m_set_exception_handler},
    {"get_exception_handler", m_get_exception_handler},
    {"default_exception_handler", m_default_exception_handler},
    {"call_exception_handler", m_call_exception_handler},
    {"shutdown_asyncgens", m_shutdown_asyncgens},
    {"shutdown_default_executor", m_shutdown_default_executor},
    {"run_in_executor", m_run_in_executor},
    {"set_default_executor", m_set_default_executor},
    {"add_signal_handler", m_add_signal_handler},
    {"remove_signal_handler", m_remove_signal_handler},
    {nullptr, nullptr},
};

static const GetSetDef kLoopGetSets[] = {
    {"slow_callback_duration", g_slow, s_slow},
    {"_ready", g_ready},
    {"_scheduled", g_scheduled},
    {"_stopping", g_stopping},
    {"_closed", g_closed},
    {"_debug", g_debug},
    {nullptr, nullptr},
};

// BaseEventLoop.__del__: a loop never closed warns "unclosed event loop <repr>" (a
// ResourceWarning, ignored by default, from base_events.py:692) and, unless it is running, is
// closed (its ready and scheduled handles released).
static void loop_finalize(Runtime& rt, Object* o) {
  Value saved = rt.take_error();
  Value self = Value::borrow(o);
  Value closed = call_method(rt, self, rt.intern("is_closed"), {});
  int c = closed ? truthy(rt, closed) : -1;
  std::string r;
  if (c == 0 && repr_string(rt, self, &r) &&
      warn_asyncio_site(rt, rt.t.ResourceWarning, "unclosed event loop " + r, "base_events.py", 692,
                        "asyncio.base_events", self)) {
    Value running = call_method(rt, self, rt.intern("is_running"), {});
    if (running && truthy(rt, running) == 0) call_method(rt, self, rt.intern("close"), {});
  }
  rt.clear_error();
  rt.exc = std::move(saved);
}

static void loop_dealloc(Object* o) {
  auto* l = static_cast<LoopObject*>(o);
  delete l->ready;
  delete l->scheduled;
  delete l->pending_signals;
  l->pending_signals = nullptr;
  l->ready = nullptr;
  l->scheduled = nullptr;
  l->exception_handler.reset();
  l->task_factory.reset();
  l->current_task.reset();
  delete l->asyncgens;
  l->asyncgens = nullptr;
  l->signal_handlers.reset();
  l->debug_value.reset();
}

static void loop_traverse(Object* o, Visitor& v) {
  auto* l = static_cast<LoopObject*>(o);
  if (l->ready)
    for (const Value& h : *l->ready) v(h);
  if (l->scheduled)
    for (const Value& h : *l->scheduled) v(h);
  v(l->exception_handler);
  v(l->task_factory);
  v(l->current_task);
  v(l->signal_handlers);
  v(l->debug_value);
}

static void loop_clear(Object* o) {
  auto* l = static_cast<LoopObject*>(o);
  if (l->running) return;
  if (l->ready) l->ready->clear();
  if (l->scheduled) l->scheduled->clear();
  l->exception_handler.reset();
  l->task_factory.reset();
  l->current_task.reset();
  l->signal_handlers.reset();
  l->debug_value.reset();
}

static Value loop_new(Runtime& rt, TypeObject* type, CallArgs) {
  return init_loop(rt, static_cast<LoopObject*>(alloc_object(rt, type)));
}

static bool loop_init(Runtime&, const Value&, CallArgs) { return true; }

// AbstractEventLoop: every method raises NotImplementedError (events.py).
static Value abstract_not_implemented(Runtime& rt, const Value&, CallArgs) {
  return rt.raise(rt.t.NotImplementedError, "");
}
// The ones that are `async def` there (marked as coroutine functions by the asyncio module).
Value abstract_not_implemented_async(Runtime& rt, const Value& self, CallArgs a) {
  return abstract_not_implemented(rt, self, a);
}
static const MethodDef kAbstractLoopMethods[] = {
    {"run_forever", abstract_not_implemented}, {"run_until_complete", abstract_not_implemented},
    {"stop", abstract_not_implemented}, {"is_running", abstract_not_implemented},
    {"is_closed", abstract_not_implemented}, {"close", abstract_not_implemented},
    {"shutdown_asyncgens", abstract_not_implemented_async}, {"shutdown_default_executor", abstract_not_implemented_async},
    {"_timer_handle_cancelled", abstract_not_implemented}, {"call_soon", abstract_not_implemented},
    {"call_later", abstract_not_implemented}, {"call_at", abstract_not_implemented},
    {"time", abstract_not_implemented}, {"create_future", abstract_not_implemented},
    {"create_task", abstract_not_implemented}, {"call_soon_threadsafe", abstract_not_implemented},
    {"run_in_executor", abstract_not_implemented}, {"set_default_executor", abstract_not_implemented},
    {"getaddrinfo", abstract_not_implemented_async}, {"getnameinfo", abstract_not_implemented_async},
    {"create_connection", abstract_not_implemented_async}, {"create_server", abstract_not_implemented_async},
    {"sendfile", abstract_not_implemented_async}, {"start_tls", abstract_not_implemented_async},
    {"create_unix_connection", abstract_not_implemented_async}, {"create_unix_server", abstract_not_implemented_async},
    {"connect_accepted_socket", abstract_not_implemented_async}, {"create_datagram_endpoint", abstract_not_implemented_async},
    {"connect_read_pipe", abstract_not_implemented_async}, {"connect_write_pipe", abstract_not_implemented_async},
    {"subprocess_shell", abstract_not_implemented_async}, {"subprocess_exec", abstract_not_implemented_async},
    {"add_reader", abstract_not_implemented}, {"remove_reader", abstract_not_implemented},
    {"add_writer", abstract_not_implemented}, {"remove_writer", abstract_not_implemented},
    {"sock_recv", abstract_not_implemented_async}, {"sock_recv_into", abstract_not_implemented_async},
    {"sock_recvfrom", abstract_not_implemented_async}, {"sock_recvfrom_into", abstract_not_implemented_async},
    {"sock_sendall", abstract_not_implemented_async}, {"sock_sendto", abstract_not_implemented_async},
    {"sock_connect", abstract_not_implemented_async}, {"sock_accept", abstract_not_implemented_async},
    {"sock_sendfile", abstract_not_implemented_async}, {"add_signal_handler", abstract_not_implemented},
    {"remove_signal_handler", abstract_not_implemented}, {"set_task_factory", abstract_not_implemented},
    {"get_task_factory", abstract_not_implemented}, {"get_exception_handler", abstract_not_implemented},
    {"set_exception_handler", abstract_not_implemented}, {"default_exception_handler", abstract_not_implemented},
    {"call_exception_handler", abstract_not_implemented}, {"get_debug", abstract_not_implemented},
    {"set_debug", abstract_not_implemented}, {nullptr, nullptr},
};

void init_loop_type(Runtime& rt, AsyncioState& st) {
  {
    TypeSlots as;
    as.dealloc = [](Object*) {};
    as.new_ = [](Runtime& r, TypeObject* t, CallArgs) { return Value::steal(alloc_object(r, t)); };
    st.abstract_loop_type = make_builtin_type(
        rt, TypeSpec{"AbstractEventLoop", nullptr, sizeof(Object), kTypeBaseType, kAbstractLoopMethods, nullptr,
                     "asyncio.events"},
        as);
    st.base_loop_type = make_builtin_type(
        rt, TypeSpec{"BaseEventLoop", st.abstract_loop_type, sizeof(Object), kTypeBaseType, nullptr, nullptr,
                     "asyncio.base_events"},
        as);
  }
  TypeSlots s;
  s.dealloc = loop_dealloc;
  s.finalize = loop_finalize;
  s.traverse = loop_traverse;
  s.clear = loop_clear;
  s.repr = loop_repr;
  s.new_ = loop_new;
  s.init = loop_init;
  st.loop_type = make_builtin_type(rt, TypeSpec{"_UnixSelectorEventLoop", st.base_loop_type, sizeof(LoopObject),
                                                kTypeGc | kTypeBaseType | kTypeHasDict, kLoopMethods, kLoopGetSets,
                                                "asyncio.unix_events"},
                                   s);
}

}  // namespace ls
