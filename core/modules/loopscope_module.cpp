// _loopscope: hooks through which the modules of core/modules/py/ reach the interpreter where
// plain Python cannot. Not a CPython module; programs have no use for it.
#include "loop/asyncio.hpp"
#include "loop/green.hpp"
#include "loop/runner.hpp"
#include "modules/stdlib.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/class.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {
namespace {

// builtin_type(cls, tp_name): `cls` stands for the C type whose tp_name is "module.Name" (CPython's
// collections.deque, itertools.count, datetime.datetime, ...): error messages and repr(cls) show
// tp_name, cls.__name__ and __qualname__ are "Name", cls.__module__ is "module". Returns cls.
Value lsm_builtin_type(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "builtin_type", 2, 2)) return nullptr;
  if (!isinstance(rt, a[0], rt.t.type) || !is_str(rt, a[1])) {
    return rt.raise(rt.t.TypeError, "builtin_type(cls, tp_name) takes a class and a str");
  }
  auto* t = static_cast<TypeObject*>(a[0].obj());
  set_builtin_type_name(rt, t, str_view(a[1]));
  type_modified(rt, t);
  return a[0];
}

// tp_name(cls): the name error messages show ("datetime.date"; a program's class: its __name__),
// which CPython's C types also use in their reprs ("datetime.date(2024, 1, 1)", "Sub(2024, 1, 1)").
Value lsm_tp_name(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "tp_name", 1, 1)) return nullptr;
  if (!isinstance(rt, a[0], rt.t.type)) return rt.raise(rt.t.TypeError, "tp_name(cls) takes a class");
  return make_str(rt, static_cast<TypeObject*>(a[0].obj())->name);
}

// is_coroutine_native(f): f is a native function standing for a CPython `async def` (asyncio.sleep,
// Queue.get, ...), for inspect.iscoroutinefunction.
Value lsm_is_coroutine_native(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "is_coroutine_native", 1, 1)) return nullptr;
  return rt.Bool(is_coroutine_native(rt, a[0]));
}

// instantiable(cls): can cls be created from Python at all (CPython: tp_new is set)? copy's
// object.__reduce_ex__ refuses the others: "cannot pickle 'coroutine' object".
Value lsm_instantiable(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "instantiable", 1, 1)) return nullptr;
  if (!isinstance(rt, a[0], rt.t.type)) return rt.raise(rt.t.TypeError, "instantiable(cls) takes a class");
  return rt.Bool(static_cast<TypeObject*>(a[0].obj())->slots.new_ != nullptr);
}

// --- green threads (loop/green.cpp) for concurrent.futures.ThreadPoolExecutor ----------------

// green_pool(max_workers, thread_name_prefix) -> the pool's id.
Value lsm_green_pool(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_pool", 2, 2)) return nullptr;
  int64_t n;
  if (!int_to_int64(a[0], &n) || !is_str(rt, a[1])) {
    return rt.raise(rt.t.TypeError, "green_pool(max_workers, thread_name_prefix)");
  }
  return make_int(rt, green_new_pool(rt, n, Value(), str_view(a[1])));
}

// A timeout argument: None (-1: no limit) or a number of seconds (at least 0).
bool timeout_arg(Runtime& rt, const Value& v, double* out) {
  *out = -1.0;
  if (rt.is_none(v)) return true;
  Value f = call(rt, Value::borrow(rt.t.float_), {v});
  if (!f) return false;
  *out = float_value(f);
  if (*out < 0) *out = 0;
  return true;
}

// green_block(pred, timeout): threading's and queue's blocking waits (see green.hpp).
Value lsm_green_block(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_block", 2, 2)) return nullptr;
  double timeout;
  if (!timeout_arg(rt, a[1], &timeout)) return nullptr;
  return green_block(rt, a[0], timeout);
}

// green_thread() -> (name, ident) of the running executor thread, (name, ident, thread) in a
// started threading.Thread, None on the main thread.
Value lsm_green_thread(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_thread", 0, 0)) return nullptr;
  std::string name;
  int64_t ident;
  if (!green_thread_identity(rt, &name, &ident)) return rt.None();
  if (Value t = green_current_thread(rt)) return make_tuple(rt, {make_str(rt, name), make_int(rt, ident), t});
  return make_tuple(rt, {make_str(rt, name), make_int(rt, ident)});
}

bool deliver_to_concurrent(Runtime& rt, const Value& fut, bool ok, const Value& outcome) {
  return static_cast<bool>(call_method(rt, fut, rt.intern(ok ? "set_result" : "set_exception"), {outcome}));
}

// green_submit(pool, fn, args, kwargs, future): runs fn(*args, **kwargs) as a work item whose
// outcome goes to `future` (set_running_or_notify_cancel() first).
Value lsm_green_submit(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_submit", 5, 5)) return nullptr;
  int64_t pool;
  if (!int_to_int64(a[0], &pool) || !isinstance(rt, a[2], rt.t.tuple) || !isinstance(rt, a[3], rt.t.dict)) {
    return rt.raise(rt.t.TypeError, "green_submit(pool, fn, args, kwargs, future)");
  }
  if (!green_submit(rt, pool, a[1], a[2], a[3], deliver_to_concurrent, a[4], true)) return nullptr;
  return rt.None();
}

// A threading.Thread ended (at its clock's end time): thread._green_stopped().
bool deliver_to_thread(Runtime& rt, const Value& thread, bool, const Value&) {
  return static_cast<bool>(call_method(rt, thread, rt.intern("_green_stopped"), {}));
}

// green_start(bootstrap, thread, daemon) -> ident: threading.Thread.start() (see green.hpp).
Value lsm_green_start(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_start", 3, 3)) return nullptr;
  int daemon = truthy(rt, a[2]);
  if (daemon < 0) return nullptr;
  int64_t ident = 0;
  if (!green_start_thread(rt, a[0], a[1], daemon != 0, deliver_to_thread, &ident)) return nullptr;
  return make_int(rt, ident);
}

// loop_thread_begin/wait/once/end(loop): a loop driven by a green thread's Python frames
// (_green_loop.py, loop/loop.cpp).
bool is_loop_arg(Runtime& rt, CallArgs a, const char* name) {
  if (!check_nargs(rt, a, name, 1, 1)) return false;
  if (!is_loop(rt, a[0])) {
    rt.raise(rt.t.TypeError, std::string(name) + "(loop) takes an event loop");
    return false;
  }
  return true;
}

Value lsm_loop_thread_begin(Runtime& rt, const Value&, CallArgs a) {
  if (!is_loop_arg(rt, a, "loop_thread_begin")) return nullptr;
  return loop_thread_begin(rt, a[0]);
}

Value lsm_loop_thread_wait(Runtime& rt, const Value&, CallArgs a) {
  if (!is_loop_arg(rt, a, "loop_thread_wait")) return nullptr;
  return loop_thread_wait(rt, a[0]);
}

// -> True when the loop was stopped (the iteration ran its callbacks).
Value lsm_loop_thread_once(Runtime& rt, const Value&, CallArgs a) {
  if (!is_loop_arg(rt, a, "loop_thread_once") || !loop_thread_once(rt, a[0])) return nullptr;
  return rt.Bool(as_loop(a[0])->stopping);
}

Value lsm_loop_thread_end(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "loop_thread_end", 2, 2) || !is_loop_arg(rt, CallArgs{a.args, 1, nullptr}, "loop_thread_end")) {
    return nullptr;
  }
  loop_thread_end(rt, a[0], a[1]);
  return rt.None();
}

// runner_thread_*: asyncio.run() and Runner in a green thread (_green_loop.py, loop/runner.cpp).
bool is_runner_arg(Runtime& rt, const Value& v) {
  if (isinstance(rt, v, runner_type(rt))) return true;
  rt.raise(rt.t.TypeError, "an asyncio.Runner was expected");
  return false;
}

Value lsm_runner_thread_start(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "runner_thread_start", 3, 3) || !is_runner_arg(rt, a[0])) return nullptr;
  return runner_thread_start(rt, a[0], a[1], a[2]);
}

Value lsm_runner_thread_close_begin(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "runner_thread_close_begin", 1, 1) || !is_runner_arg(rt, a[0])) return nullptr;
  return runner_thread_close_begin(rt, a[0]);
}

Value lsm_runner_thread_report(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "runner_thread_report", 2, 2) || !runner_thread_report(rt, a[0], a[1])) return nullptr;
  return rt.None();
}

Value lsm_runner_thread_close_end(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "runner_thread_close_end", 1, 1) || !is_runner_arg(rt, a[0])) return nullptr;
  if (!runner_thread_close_end(rt, a[0])) return nullptr;
  return rt.None();
}

// A thread of _thread.start_new_thread ended: an exception other than SystemExit is reported as
// CPython's thread_run does ('Exception ignored in thread started by: <function>').
bool deliver_to_raw_thread(Runtime& rt, const Value& function, bool ok, const Value& outcome) {
  if (ok || !outcome || isinstance(rt, outcome, rt.t.SystemExit)) return true;
  rt.set_error(outcome);
  report_unraisable(rt, "Exception ignored in thread started by: ", function);
  rt.clear_error();
  return true;
}

// green_start_raw(job, function) -> ident: _thread.start_new_thread(); `job` calls the function
// with its arguments (a partial), the thread is not waited for at exit.
Value lsm_green_start_raw(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_start_raw", 2, 2)) return nullptr;
  int64_t ident = 0;
  if (!green_start_thread(rt, a[0], a[1], true, deliver_to_raw_thread, &ident)) return nullptr;
  return make_int(rt, ident);
}

// green_wait(pred, timeout): blocks until pred() is true (True), or timeout (None: no limit)
// passes or no thread is left to make it true (False).
Value lsm_green_wait(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_wait", 2, 2)) return nullptr;
  double timeout;
  if (!timeout_arg(rt, a[1], &timeout)) return nullptr;
  int r = green_wait(rt, a[0], timeout);
  if (r < 0) return nullptr;
  return rt.Bool(r > 0);
}

// green_idle(pool): no job of the pool is running or queued.
Value lsm_green_idle(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "green_idle", 1, 1)) return nullptr;
  int64_t pool;
  if (!int_to_int64(a[0], &pool)) return rt.raise(rt.t.TypeError, "green_idle(pool) takes an int");
  return rt.Bool(green_pool_idle(rt, pool));
}

const MethodDef kFunctions[] = {
    {"green_pool", lsm_green_pool},
    {"green_submit", lsm_green_submit},
    {"green_wait", lsm_green_wait},
    {"green_idle", lsm_green_idle},
    {"green_block", lsm_green_block},
    {"green_thread", lsm_green_thread},
    {"green_start", lsm_green_start},
    {"green_start_raw", lsm_green_start_raw},
    {"loop_thread_begin", lsm_loop_thread_begin},
    {"loop_thread_wait", lsm_loop_thread_wait},
    {"loop_thread_once", lsm_loop_thread_once},
    {"loop_thread_end", lsm_loop_thread_end},
    {"runner_thread_start", lsm_runner_thread_start},
    {"runner_thread_close_begin", lsm_runner_thread_close_begin},
    {"runner_thread_report", lsm_runner_thread_report},
    {"runner_thread_close_end", lsm_runner_thread_close_end},
    {"instantiable", lsm_instantiable},
    {"is_coroutine_native", lsm_is_coroutine_native},
    {"builtin_type", lsm_builtin_type},
    {"tp_name", lsm_tp_name},
    {nullptr, nullptr},
};

}  // namespace

Value make_loopscope_module(Runtime& rt) {
  Value m = make_module(rt, "_loopscope");
  for (const MethodDef* d = kFunctions; d->name; ++d) module_add_function(rt, m, d->name, d->fn);
  return m;
}

}  // namespace ls
