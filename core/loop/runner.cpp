// asyncio.Runner and asyncio.run() (runners.py): a new loop, the main task, Ctrl+C turned into
// cancelling the main task, and the shutdown that cancels leftover tasks and gathers them.
#include "modules/contextvars.hpp"
#include "loop/runner.hpp"

#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "loop/green.hpp"
#include "loop/source_tb.hpp"
#include "modules/asyncio.hpp"
#include "modules/registry.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"
#include "trace/sink.hpp"

namespace ls {

enum class RunnerState : uint8_t { Created, Initialized, Closed };

struct RunnerObject : Object {
  RunnerState state;
  Value debug;
  Value loop_factory;
  Value loop;
  Value context;  // contextvars.copy_context() at the lazy init: every run's main task runs in it
  int64_t interrupt_count;
  bool set_event_loop;
};

static RunnerObject* R(const Value& v) { return static_cast<RunnerObject*>(v.obj()); }

static bool is_coroutine_like(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (t == rt.t.coroutine || t == rt.t.generator) return true;
  return type_lookup(t, rt.n.send) && type_lookup(t, rt.n.throw_) && type_lookup(t, rt.n.close) &&
         type_lookup(t, rt.n.__await__);
}

static bool lazy_init(Runtime& rt, RunnerObject* r) {
  if (r->state == RunnerState::Closed) {
    rt.raise(rt.t.RuntimeError, "Runner is closed");
    return false;
  }
  if (r->state == RunnerState::Initialized) return true;
  AsyncioState& st = asyncio_state(rt);
  if (!r->loop_factory) {
    r->loop = st.policy_new_event_loop ? st.policy_new_event_loop(rt) : new_event_loop(rt);
    if (!r->loop) return false;
    if (!is_loop(rt, r->loop)) {
      rt.raise(rt.t.TypeError, "the event loop policy's new_event_loop() returned a '" + type_name(rt, r->loop) +
                                   "' object, not an event loop");
      r->loop.reset();
      return false;
    }
    if (!r->set_event_loop) {  // events.set_event_loop(self._loop)
      bool handled;
      if (!asyncio_policy_set_event_loop(rt, r->loop, &handled)) return false;
      if (!handled) {
        st.event_loop = r->loop;
        st.set_called = true;
      }
      r->set_event_loop = true;
    }
  } else {
    r->loop = call(rt, r->loop_factory, CallArgs{});
    if (!r->loop) return false;
  }
  if (r->debug && !rt.is_none(r->debug)) {
    if (!call_method(rt, r->loop, rt.intern("set_debug"), {r->debug})) return false;
  }
  r->context = context_copy_current(rt);
  r->state = RunnerState::Initialized;
  return true;
}

// _cancel_all_tasks' first half: every task left cancelled (task.cancel(): a Task subclass's
// override is called) and gathered with return_exceptions. Null with an error set.
static Value cancel_and_gather(Runtime& rt, const Value& loop, const std::vector<Value>& to_cancel) {
  {
    CancelSourceScope scope(asyncio_state(rt), CancelSource::Shutdown);
    for (const Value& t : to_cancel) {
      if (cancel_any(rt, t, Value(), CancelSource::Shutdown) < 0) return nullptr;
    }
  }
  return gather_futures(rt, to_cancel, true, loop);
}

// _cancel_all_tasks' end: each task that ended with an exception is reported to the loop's
// exception handler.
static bool report_shutdown_exceptions(Runtime& rt, const Value& loop, const Value* tasks, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const Value& t = tasks[i];
    if (!is_future_exact(rt, t) && !is_task(rt, t)) continue;
    if (as_future(t)->state == FutureState::Cancelled) continue;
    Value exc = future_exception(rt, as_future(t));
    if (!exc) return false;
    if (rt.is_none(exc)) continue;
    Ref<DictObject> ctx = new_dict(rt);
    dict_set_str(rt, ctx.get(), rt.intern("message"), make_str(rt, "unhandled exception during asyncio.run() shutdown"));
    dict_set_str(rt, ctx.get(), rt.intern("exception"), exc);
    dict_set_str(rt, ctx.get(), rt.intern("task"), t);
    loop_call_exception_handler(rt, loop, ctx.value());
    if (rt.has_error()) return false;
  }
  return true;
}

// runners._cancel_all_tasks
static bool cancel_all_tasks(Runtime& rt, const Value& loop) {
  std::vector<Value> to_cancel = all_tasks(rt, loop);
  if (to_cancel.empty()) return true;
  Value g = cancel_and_gather(rt, loop, to_cancel);
  if (!g || !loop_run_until_complete(rt, loop, g)) return false;
  return report_shutdown_exceptions(rt, loop, to_cancel.data(), to_cancel.size());
}

// Runner.close's finally: the policy's loop unset (events.set_event_loop(None)), the loop closed,
// the runner closed; `err` (the try block's error) or the first error here is raised.
static bool runner_close_finally(Runtime& rt, RunnerObject* r, Value err) {
  Value loop = r->loop;
  AsyncioState& st = asyncio_state(rt);
  if (r->set_event_loop) {
    bool handled = false;
    if (!asyncio_policy_set_event_loop(rt, rt.None(), &handled)) {
      if (!err) err = rt.take_error();
      rt.clear_error();
    } else if (!handled) {
      st.event_loop.reset();
      st.set_called = true;
    }
  }
  if (!call_method(rt, loop, rt.intern("close"), {})) {
    if (!err) err = rt.take_error();
    rt.clear_error();
  }
  r->loop.reset();
  r->state = RunnerState::Closed;
  if (err) {
    rt.exc = std::move(err);
    return false;
  }
  return true;
}

static bool runner_close(Runtime& rt, RunnerObject* r) {
  if (r->state != RunnerState::Initialized) return true;
  Value loop = r->loop;
  PyFrameDepth depth(rt, 1);  // Runner.close's frame
  bool ok;
  {
    PyFrameDepth depth2(rt, 1);  // _cancel_all_tasks
    ok = cancel_all_tasks(rt, loop);
  }
  // The trace marks the shutdown tasks as asyncio's own (they still take task numbers, as in CPython).
  auto run_internal = [&](const char* method) {
    AsyncioState& st = asyncio_state(rt);
    Value c = call_method(rt, loop, rt.intern(method), {});
    st.internal_tasks = true;
    ok = c && loop_run_until_complete(rt, loop, c);
    st.internal_tasks = false;
  };
  if (ok) run_internal("shutdown_asyncgens");
  if (ok) run_internal("shutdown_default_executor");
  // finally:
  return runner_close_finally(rt, r, rt.take_error());
}

// Runner._on_sigint(signum, frame, main_task)
static Value on_sigint(Runtime& rt, const Value& self, CallArgs a) {
  // self: (runner, main_task)
  TupleObject* t = as_tuple(self);
  RunnerObject* r = R((*t)[0]);
  const Value& task = (*t)[1];
  (void)a;
  r->interrupt_count += 1;
  if (r->interrupt_count == 1 && future_like_done(rt, task) == 0) {
    CancelSourceScope scope(asyncio_state(rt), CancelSource::Interrupt);
    if (!future_like_cancel(rt, task, Value())) return nullptr;
    return rt.None();
  }
  return rt.raise_value(Value::borrow(rt.t.KeyboardInterrupt));
}

// Runner.run's steps up to its main task: the checks, the lazy init, create_task. Null with an
// error set.
static Value runner_create_main_task(Runtime& rt, RunnerObject* r, const Value& coro, const Value& context) {
  if (!is_coroutine_like(rt, coro)) {
    std::string s;
    if (!repr_string(rt, coro, &s)) return nullptr;
    return rt.raise(rt.t.ValueError, "a coroutine was expected, got " + s);
  }
  if (get_running_loop(rt)) {
    return rt.raise(rt.t.RuntimeError, "Runner.run() cannot be called from a running event loop");
  }
  if (!lazy_init(rt, r)) return nullptr;
  // (contextvars put to use after the lazy init: the empty context it would have copied)
  if (!r->context && contextvars_active(rt)) r->context = context_new_empty(rt);
  Value ctx = context && !rt.is_none(context) ? context : r->context;
  if (!is_loop(rt, r->loop)) return call_method(rt, r->loop, rt.intern("create_task"), {coro});
  static const SourceSite kRunnerRun[] = {
      {"runners.py", 100, "run", "task = self._loop.create_task(coro, context=context)"}};
  TaskSiteScope site(rt, kRunnerRun, 1);  // debug mode: created at Runner.run's create_task
  return loop_create_task(rt, r->loop, coro, Value(), ctx);
}

Value runner_run(Runtime& rt, const Value& self, const Value& coro, const Value& context) {
  RunnerObject* r = R(self);
  Value task = runner_create_main_task(rt, r, coro, context);
  if (!task) return nullptr;
  // Ctrl+C cancels the main task (when the program has not installed its own SIGINT handler).
  // Through _signal, the handler table signal.py wraps: importing signal would load enum for its
  // Signals enum, a large share of a small program's start-up (the page's first run).
  Value signal_mod, sigint, installed;
  signal_mod = import_module(rt, make_str(rt, "_signal"));
  if (signal_mod) {
    sigint = getattr_opt(rt, signal_mod, rt.intern("SIGINT"));
    Value getsignal = getattr_opt(rt, signal_mod, rt.intern("getsignal"));
    Value dflt = getattr_opt(rt, signal_mod, rt.intern("default_int_handler"));
    Value cur = (sigint && getsignal) ? call(rt, getsignal, {sigint}) : Value();
    if (cur && dflt && cur.is(dflt)) {
      installed = make_builtin_function(rt, "_on_sigint", on_sigint, make_tuple(rt, {self, task}));
      Value setsig = getattr_opt(rt, signal_mod, rt.intern("signal"));
      if (!setsig || !call(rt, setsig, {sigint, installed})) installed.reset();
    }
  }
  rt.clear_error();
  r->interrupt_count = 0;
  Value result;
  {
    PyFrameDepth depth(rt, 1);  // Runner.run's frame (for RecursionError)
    StdFrameScope std_frame(rt, r->loop, &kSiteRunnerRun);
    result = is_loop(rt, r->loop) ? loop_run_until_complete(rt, r->loop, task)
                                  : call_method(rt, r->loop, rt.intern("run_until_complete"), {task});
  }
  if (!result && !rt.aborting()) {
    AsyncioState& st = asyncio_state(rt);
    if (rt.error_matches(st.cancelled_error) && r->interrupt_count > 0 && is_task(rt, task)) {
      TaskObject* t = as_task(task);
      if (t->num_cancels_requested > 0) t->num_cancels_requested -= 1;
      if (t->num_cancels_requested == 0) {
        Value cancelled = rt.take_error();
        Value ki = new_exception(rt, rt.t.KeyboardInterrupt, {});
        if (ki) {
          as_exc(ki)->context = cancelled;
          rt.exc = ki;
        }
      }
    }
  }
  // finally: restore the default SIGINT handler
  if (installed) {
    Value err = rt.take_error();
    Value getsignal = getattr_opt(rt, signal_mod, rt.intern("getsignal"));
    Value cur = getsignal ? call(rt, getsignal, {sigint}) : Value();
    if (cur && cur.is(installed)) {
      Value setsig = getattr_opt(rt, signal_mod, rt.intern("signal"));
      Value dflt = getattr_opt(rt, signal_mod, rt.intern("default_int_handler"));
      if (setsig && dflt) call(rt, setsig, {sigint, dflt});
    }
    rt.clear_error();
    rt.exc = std::move(err);
  }
  return result;
}

// --- asyncio.run() and Runner in a green thread ----------------------------------------------
// Called in a started threading.Thread whose chain can suspend, asyncio.run(), Runner.run() and
// Runner.close() hand the call on (vm_tail_call) to the Python frames of _green_loop.py, which
// take the steps below and run the loop through loop.run_until_complete() -- itself handed on --
// so that the thread waits suspended while its loop has nothing to do (see loop/loop.cpp).

// Runner.run's steps before run_until_complete: the checks, the lazy init, the main task (no
// SIGINT handler: that is the main thread's). Returns (loop, task).
Value runner_thread_start(Runtime& rt, const Value& self, const Value& coro, const Value& context) {
  RunnerObject* r = R(self);
  Value task = runner_create_main_task(rt, r, coro, context);
  if (!task) return nullptr;
  r->interrupt_count = 0;
  return make_tuple(rt, {r->loop, task});
}

// Runner.close's first steps: None when there is nothing to close; else (loop, gathered, tasks),
// where `tasks` are the tasks left (cancelled here; _cancel_all_tasks) and `gathered` their
// gather (None when there are none).
Value runner_thread_close_begin(Runtime& rt, const Value& self) {
  RunnerObject* r = R(self);
  if (r->state != RunnerState::Initialized) return rt.None();
  Value loop = r->loop;
  std::vector<Value> to_cancel = all_tasks(rt, loop);
  if (to_cancel.empty()) return make_tuple(rt, {loop, rt.None(), rt.None()});
  Value g = cancel_and_gather(rt, loop, to_cancel);
  if (!g) return nullptr;
  return make_tuple(rt, {loop, g, make_tuple(rt, to_cancel.data(), static_cast<int64_t>(to_cancel.size()))});
}

// _cancel_all_tasks' end: the tasks that ended with an exception are reported.
bool runner_thread_report(Runtime& rt, const Value& loop, const Value& tasks) {
  Value items = list_from_iterable(rt, tasks);
  if (!items) return false;
  ListObject* l = as_list(items);
  return report_shutdown_exceptions(rt, loop, l->items, static_cast<size_t>(l->size));
}

// Runner.close's finally: the policy's loop unset, the loop closed, the runner closed.
bool runner_thread_close_end(Runtime& rt, const Value& self) {
  RunnerObject* r = R(self);
  if (r->state != RunnerState::Initialized) return true;
  return runner_close_finally(rt, r, Value());
}

// ---------------------------------------------------------------------------------------------

static Value r_new(Runtime& rt, TypeObject* type, CallArgs) {
  auto* r = static_cast<RunnerObject*>(alloc_object(rt, type));
  Value v = Value::steal(r);
  gc_track(rt, r);
  return v;
}

static bool r_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  // def __init__(self, *, debug=None, loop_factory=None): a Python method's messages.
  if (!bind_args(rt, a, "Runner.__init__", {"debug", "loop_factory"}, 0, 0, args)) return false;
  RunnerObject* r = R(self);
  r->debug = args[0] && !rt.is_none(args[0]) ? args[0] : Value();
  r->loop_factory = args[1] && !rt.is_none(args[1]) ? args[1] : Value();
  return true;
}

// Runner's methods are Python defs in CPython: their argument errors are a def's.
static Value m_enter(Runtime& rt, const Value& self, CallArgs a) {
  if (!bind_args(rt, a, "Runner.__enter__", {}, 0, 0, nullptr)) return nullptr;
  if (!lazy_init(rt, R(self))) return nullptr;
  return self;
}
static Value m_exit(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "Runner.__exit__", {"exc_type", "exc_val", "exc_tb"}, 3, 3, args)) return nullptr;
  if (Value r = green_loop_tail_call(rt, "runner_close", {self}); r || rt.has_error()) return r;
  PyFrameDepth depth(rt, 1);  // Runner.__exit__'s frame
  if (!runner_close(rt, R(self))) return nullptr;
  return rt.None();
}
static Value m_close(Runtime& rt, const Value& self, CallArgs a) {
  if (!bind_args(rt, a, "Runner.close", {}, 0, 0, nullptr)) return nullptr;
  if (Value r = green_loop_tail_call(rt, "runner_close", {self}); r || rt.has_error()) return r;
  if (!runner_close(rt, R(self))) return nullptr;
  return rt.None();
}
static Value m_get_loop(Runtime& rt, const Value& self, CallArgs a) {
  if (!bind_args(rt, a, "Runner.get_loop", {}, 0, 0, nullptr)) return nullptr;
  if (!lazy_init(rt, R(self))) return nullptr;
  return R(self)->loop;
}
static Value m_run(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "Runner.run", {"coro", "context"}, 1, 1, args)) return nullptr;
  if (Value r = green_loop_tail_call(rt, "runner_run", {self, args[0], args[1] ? args[1] : rt.None()}); r || rt.has_error()) {
    return r;
  }
  return runner_run(rt, self, args[0], args[1]);
}

static const MethodDef kRunnerMethods[] = {
    {"__enter__", m_enter}, {"__exit__", m_exit}, {"close", m_close},
    {"get_loop", m_get_loop}, {"run", m_run},   {nullptr, nullptr},
};

static void r_dealloc(Object* o) {
  auto* r = static_cast<RunnerObject*>(o);
  r->debug.reset();
  r->loop_factory.reset();
  r->context.reset();
  r->loop.reset();
}
static void r_traverse(Object* o, Visitor& v) {
  auto* r = static_cast<RunnerObject*>(o);
  v(r->debug);
  v(r->loop_factory);
  v(r->context);
  v(r->loop);
}

TypeObject* runner_type(Runtime& rt) {
  const char* key = "asyncio.Runner";
  auto it = rt.module_state.find(key);
  if (it != rt.module_state.end()) return static_cast<TypeObject*>(it->second.get());
  TypeSlots s;
  s.dealloc = r_dealloc;
  s.traverse = r_traverse;
  s.clear = r_dealloc;
  s.new_ = r_new;
  s.init = r_init;
  TypeObject* t = make_builtin_type(rt, TypeSpec{"Runner", nullptr, sizeof(RunnerObject),
                                                 kTypeGc | kTypeBaseType | kTypeHasDict, kRunnerMethods, nullptr,
                                                 "asyncio.runners"},
                                    s);
  add_slot_wrappers(rt, t);
  rt.module_state[key] = std::shared_ptr<void>(t, [](void*) {});
  return t;
}

// asyncio.run(main, *, debug=None)
Value asyncio_run(Runtime& rt, const Value& main, const Value& debug) {
  if (get_running_loop(rt)) {
    return rt.raise(rt.t.RuntimeError, "asyncio.run() cannot be called from a running event loop");
  }
  if (Value r = green_loop_tail_call(rt, "asyncio_run", {main, debug ? debug : rt.None()}); r || rt.has_error()) return r;
  PyFrameDepth depth(rt, 1);  // asyncio.run's frame
  TypeObject* t = runner_type(rt);
  Value runner = r_new(rt, t, CallArgs{});
  R(runner)->debug = debug && !rt.is_none(debug) ? debug : Value();
  if (!lazy_init(rt, R(runner))) return nullptr;
  Value result;
  {
    StdFrameScope std_frame(rt, R(runner)->loop, &kSiteAsyncioRun);  // `return runner.run(main)`
    result = runner_run(rt, runner, main, Value());
  }
  // with Runner(...): __exit__ closes even when run() failed; a close error replaces nothing.
  Value err = rt.take_error();
  // The close runs in the `with` statement's __exit__, while run()'s exception is being
  // handled: exceptions raised meanwhile (an async generator's aclose() at shutdown, a
  // cancelled task's cleanup) get it as their __context__, as the with block's PUSH_EXC_INFO
  // gives in CPython.
  ExcInfo* handling = rt.vm ? rt.vm->exc_info : nullptr;
  Value outer_handled;
  if (handling && err) {
    outer_handled = std::move(handling->exc);
    handling->exc = err;
  }
  bool closed;
  {
    PyFrameDepth exit_depth(rt, 1);  // Runner.__exit__
    closed = runner_close(rt, R(runner));
  }
  if (handling && err) handling->exc = std::move(outer_handled);
  if (err) {
    if (!closed) {
      Value close_err = rt.take_error();
      if (close_err && is_exception_instance(close_err)) {
        as_exc(close_err)->context = err;
        rt.exc = close_err;
        return nullptr;
      }
    }
    rt.exc = std::move(err);
    return nullptr;
  }
  if (!closed) return nullptr;
  return result;
}

}  // namespace ls
