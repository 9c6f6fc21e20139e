// _asyncio.Task: drives a coroutine. Each step sends None (or throws an exception) into the
// coroutine; when it yields a future, the task parks on it and a done-callback (task_wakeup)
// schedules the next step. cancel() cancels the awaited future, or — if there is none — makes
// the next step throw CancelledError. This is why a coroutine cannot tell its own cancellation
// from its callee's: both arrive as the same CancelledError at the innermost await.
#include <cstdio>

#include "modules/contextvars.hpp"
#include "lang/generator.hpp"
#include "loop/asyncio.hpp"
#include "loop/source_tb.hpp"
#include "loop/native_coro.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "trace/sink.hpp"

namespace ls {

void future_clear_fields(FutureObject* f);
void future_traverse_fields(FutureObject* f, Visitor& v);
void future_finalize(Runtime& rt, Object* o);

bool is_task(Runtime& rt, const Value& v) {
  AsyncioState* st = asyncio_state_if_any(rt);
  return st && v.is_obj() && is_subtype(v.obj()->type, st->task_type);
}

// coroutines.iscoroutine(): coroutine objects, generators, and anything with the Coroutine ABC's
// methods (send, throw, close, __await__) — native C++ coroutines included.
static bool is_coroutine_like(Runtime& rt, const Value& v) {
  TypeObject* t = v.type(rt);
  if (t == rt.t.coroutine || t == rt.t.generator) return true;
  return type_lookup(t, rt.n.send) && type_lookup(t, rt.n.throw_) && type_lookup(t, rt.n.close) &&
         type_lookup(t, rt.n.__await__);
}

// ---------------------------------------------------------------------------------------------
// Names and reprs

Value task_name(Runtime& rt, TaskObject* t) {
  if (!t->name) t->name = make_str(rt, "Task-" + std::to_string(t->name_number));
  return t->name;
}

std::string format_coroutine(Runtime& rt, const Value& coro) {
  {
    std::string native;
    if (format_native_coroutine(rt, coro, &native)) return native;
  }
  auto attr = [&](const char* n) {
    Value v = getattr_opt(rt, coro, rt.intern(n));
    rt.clear_error();
    return v;
  };
  std::string name;
  Value qn = attr("__qualname__");
  if (qn && is_str(rt, qn) && as_str(qn)->length) {
    name = std::string(str_view(qn));
  } else {
    Value n = attr("__name__");
    if (n && is_str(rt, n) && as_str(n)->length) name = std::string(str_view(n));
    else name = "<" + std::string(type_short_name(coro.type(rt))) + " without __name__>";
  }
  name += "()";
  Value code = attr("cr_code");
  if (!code || rt.is_none(code)) code = attr("gi_code");
  if (!code || rt.is_none(code)) {
    Value running = attr("cr_running");
    if (!running) running = attr("gi_running");
    if (running && truthy(rt, running) > 0) return name + " running";
    return name;
  }
  Value frame = attr("gi_frame");
  if (!frame || rt.is_none(frame)) frame = attr("cr_frame");
  std::string filename(str_view(as_code(code)->filename));
  if (filename.empty()) filename = "<empty co_filename>";
  if (frame && !rt.is_none(frame)) {
    Value ln = attr("f_lineno");
    Value fl = getattr_opt(rt, frame, rt.intern("f_lineno"));
    rt.clear_error();
    (void)ln;
    return name + " running at " + filename + ":" + std::to_string(fl && fl.is_small() ? fl.small_value() : 0);
  }
  return name + " done, defined at " + filename + ":" + std::to_string(as_code(code)->firstlineno);
}

static Value task_repr(Runtime& rt, const Value& self) {
  TaskObject* t = as_task(self);
  if (!future_check_initialized(rt, t)) return nullptr;
  bool ok;
  std::string info = future_repr_info(rt, t, &ok);
  if (!ok) return nullptr;
  // [state, rest...] -> [state, name=, coro=, wait_for=, rest...]
  size_t sp = info.find(' ');
  std::string state = sp == std::string::npos ? info : info.substr(0, sp);
  std::string rest = sp == std::string::npos ? "" : info.substr(sp);
  if (t->num_cancels_requested > 0 && t->state == FutureState::Pending) state = "cancelling";
  std::string name_r;
  if (!repr_string(rt, task_name(rt, t), &name_r)) return nullptr;
  std::string out = "<" + std::string(type_short_name(self.type(rt))) + " " + state + " name=" + name_r + " coro=<" +
                    format_coroutine(rt, t->coro) + ">";
  if (t->fut_waiter) {
    std::string w;
    if (!repr_string(rt, t->fut_waiter, &w)) return nullptr;
    out += " wait_for=" + w;
  }
  return make_str(rt, out + rest + ">");
}

// ---------------------------------------------------------------------------------------------
// The step machine

static Value task_step_fn(Runtime& rt, const Value& self, CallArgs a);
static Value task_wakeup_fn(Runtime& rt, const Value& self, CallArgs a);

// The task's context, made (empty) when contextvars came into use after the task was created.
static const Value& task_context(Runtime& rt, TaskObject* t) {
  if (!t->context && contextvars_active(rt)) t->context = context_new_empty(rt);
  return t->context;
}

// result.add_done_callback(wakeup, context=task's context): CPython's task_step_handle_result for
// a future that is not exactly asyncio.Future (a subclass, or a duck-typed one), so the wakeup runs
// the next step in the task's own context even through an overridden add_done_callback.
static bool add_wakeup_in_context(Runtime& rt, const Value& fut, const Value& wake, TaskObject* t) {
  Value meth = getattr(rt, fut, rt.n.add_done_callback);
  if (!meth) return false;
  Ref<DictObject> kw = new_dict(rt);
  const Value& ctx = task_context(rt, t);
  if (!dict_set_str(rt, kw.get(), rt.intern("context"), ctx ? ctx : rt.None())) return false;
  return static_cast<bool>(call_kw(rt, meth, make_tuple(rt, {wake}), kw.value()));
}

static void schedule_step(Runtime& rt, TaskObject* t, const Value& exc) {
  AsyncioState& st = asyncio_state(rt);
  Value args = exc ? make_tuple(rt, {exc}) : Value::borrow(rt.empty_tuple);
  Value h;
  if (is_loop(rt, t->loop)) {
    // No builtin-function object per step: the handle calls task_step_fn bound to the task.
    h = loop_call_soon_native(rt, t->loop, NativeCallback{task_step_fn, "__step", st.task_type}, Value::borrow(t),
                              std::move(args), task_context(rt, t));
  } else {
    Value fn = make_builtin_function(rt, "__step", task_step_fn, Value::borrow(t), st.task_type);
    h = loop_call_soon(rt, t->loop, fn, args, task_context(rt, t));
  }
  if (!h) rt.clear_error();
}

static bool enter_task(Runtime& rt, LoopObject* loop, TaskObject* t) {
  if (loop->current_task) {
    std::string a, b;
    repr_string(rt, Value::borrow(t), &a);
    repr_string(rt, loop->current_task, &b);
    rt.raise(rt.t.RuntimeError, "Cannot enter into task " + a + " while another task " + b + " is being executed.");
    return false;
  }
  loop->current_task = Value::borrow(t);
  return true;
}

static void leave_task(LoopObject* loop) { loop->current_task.reset(); }

// Sends into / throws into any coroutine-like object.
static SendResult coro_send(Runtime& rt, const Value& coro, const Value& exc, Value* out) {
  TypeObject* t = coro.type(rt);
  if (!exc) {
    if (t->slots.send) return t->slots.send(rt, coro, rt.None(), out);
    Value r = call_method(rt, coro, rt.n.send, {rt.None()});
    if (r) {
      *out = std::move(r);
      return SendResult::Yield;
    }
  } else {
    // CPython's task step calls coro.throw(exc) as a method: the call counts one level toward
    // the recursion limit while the coroutine runs (a send does not).
    PyFrameDepth depth(rt, 1);
    if (t->slots.throw_) return t->slots.throw_(rt, coro, exc, out);
    Value r = call_method(rt, coro, rt.n.throw_, {exc});
    if (r) {
      *out = std::move(r);
      return SendResult::Yield;
    }
  }
  if (rt.error_matches(rt.t.StopIteration)) {
    Value e = rt.take_error();
    Value v = as_exc(e)->extra[0];
    *out = v ? v : rt.None();
    return SendResult::Return;
  }
  return SendResult::Error;
}

// Task.__step(exc=None). `from` is the future whose completion woke the task (null when the step
// was scheduled directly). Returns false only for errors that must propagate out of the loop
// (KeyboardInterrupt, SystemExit, or the run being aborted).
static bool task_step(Runtime& rt, TaskObject* t, Value exc, const Value& from) {
  AsyncioState& st = asyncio_state(rt);
  Value keep = Value::borrow(t);
  if (t->state != FutureState::Pending) {
    std::string a, b;
    repr_string(rt, keep, &a);
    repr_string(rt, exc ? exc : rt.None(), &b);
    raise_invalid_state(rt, "_step(): already done: " + a + ", " + b);
    return false;
  }
  if (t->must_cancel) {
    if (st.trace && !exc && from && is_future_exact(rt, from) && as_future(from)->state == FutureState::Finished &&
        !as_future(from)->exception) {
      // The awaited future completed, but the task is cancelled before it can take the value.
      bool ok;
      std::string r = short_repr(rt, as_future(from)->result ? as_future(from)->result : rt.None(), &ok);
      if (!ok) rt.clear_error();
      st.trace->diagnostic(Diagnostic::LostResult, Value::borrow(t), r);
    }
    if (!exc || !isinstance(rt, exc, st.cancelled_error)) {
      exc = make_cancelled_error(rt, t);
      if (!exc) return false;
    }
    t->must_cancel = false;
  }
  t->fut_waiter.reset();
  LoopObject* loop = as_loop(t->loop);
  if (!enter_task(rt, loop, t)) return false;
  if (st.trace) {
    StepWhy why = t->nsteps == 0 ? StepWhy::First
                  : exc && isinstance(rt, exc, st.cancelled_error) ? StepWhy::Cancelled
                  : exc ? StepWhy::Exception
                  : from ? StepWhy::Result
                         : StepWhy::Resumed;
    if (exc && isinstance(rt, exc, st.cancelled_error)) why = StepWhy::Cancelled;
    st.trace->step_started(t, why, exc, from);
  }
  t->nsteps += 1;
  Value result;
  Value coro = t->coro;
  SendResult r = coro_send(rt, coro, exc, &result);
  leave_task(loop);
  if (r == SendResult::Return) {
    if (t->must_cancel) {
      t->must_cancel = false;
      if (!future_cancel(rt, t, t->cancel_message)) rt.clear_error();
    } else {
      if (!future_set_result(rt, t, result)) rt.clear_error();
    }
    if (st.trace) st.trace->task_done(t);
    return true;
  }
  if (r == SendResult::Error) {
    if (rt.aborting()) return false;
    Value e = rt.take_error();
    exception_mark_caught(e);  // Task.__step's `except BaseException`
    if (isinstance(rt, e, st.cancelled_error)) {
      t->cancelled_exc = e;
      if (!future_cancel(rt, t, Value())) rt.clear_error();
      if (st.trace) st.trace->task_done(t);
      return true;
    }
    bool fatal = isinstance(rt, e, rt.t.KeyboardInterrupt) || isinstance(rt, e, rt.t.SystemExit);
    if (!future_set_exception(rt, t, e)) rt.clear_error();
    if (st.trace) st.trace->task_done(t);
    if (fatal) {
      // In CPython the escaping exception's traceback holds Handle._run's frame and through it
      // this task, alive until the exception is dropped: "Task exception was never retrieved"
      // then comes after the exit message, at shutdown.
      exception_keep_frame(rt, e, Value::borrow(t));
      rt.exc = e;
      return false;
    }
    rt.clear_error();
    return true;
  }
  // The coroutine yielded.
  auto bad = [&](const std::string& msg) {
    Value e = new_exception_msg(rt, rt.t.RuntimeError, msg);
    schedule_step(rt, t, e);
    if (st.trace) st.trace->step_ended(t, Value());
    return true;
  };
  if (is_future_exact(rt, result)) {
    FutureObject* f = as_future(result);
    if (!f->loop.is(t->loop)) {
      std::string a, b;
      repr_string(rt, keep, &a);
      repr_string(rt, result, &b);
      return bad("Task " + a + " got Future " + b + " attached to a different loop");
    }
    if (f->blocking) {
      if (f == t) {
        std::string a;
        repr_string(rt, keep, &a);
        return bad("Task cannot await on itself: " + a);
      }
      f->blocking = false;
      bool plain = result.type(rt)->slots.getattr == generic_getattr && !(result.type(rt)->flags & kTypeHeapType);
      bool ok;
      if (plain) {
        // No builtin-function object per await: the future calls task_wakeup_fn bound to the task.
        ok = future_add_native_done_callback(rt, f, NativeCallback{task_wakeup_fn, "task_wakeup", t->type}, keep,
                                             task_context(rt, t));
      } else {
        Value wake = make_builtin_function(rt, "task_wakeup", task_wakeup_fn, keep, t->type);
        ok = add_wakeup_in_context(rt, result, wake, t);
      }
      if (!ok) {
        Value e = rt.take_error();
        schedule_step(rt, t, e);
        return true;
      }
      t->fut_waiter = result;
      if (st.trace) st.trace->step_ended(t, result);
      if (t->must_cancel) {
        // result.cancel(msg=...): a method call unless it is exactly a Task (a subclass may override).
        Value c = result.type(rt) == st.task_type ? rt.Bool(task_cancel(rt, as_task(result), t->cancel_message))
                                                  : future_like_cancel(rt, result, t->cancel_message);
        if (!c) return false;
        if (truthy(rt, c) > 0) t->must_cancel = false;
      }
      return true;
    }
    std::string a, b;
    repr_string(rt, keep, &a);
    repr_string(rt, result, &b);
    return bad("yield was used instead of yield from in task " + a + " with " + b);
  }
  if (rt.is_none(result)) {
    // Bare yield (sleep(0)): run again on the next loop iteration.
    schedule_step(rt, t, Value());
    if (st.trace) st.trace->step_ended(t, Value());
    return true;
  }
  // Duck-typed futures: anything with _asyncio_future_blocking.
  Value blocking = getattr_opt(rt, result, rt.n._asyncio_future_blocking);
  if (rt.has_error()) {
    Value e = rt.take_error();
    schedule_step(rt, t, e);
    return true;
  }
  if (blocking && !rt.is_none(blocking)) {
    Value floop = future_get_loop(rt, result);
    if (!floop) {
      Value e = rt.take_error();
      schedule_step(rt, t, e);
      return true;
    }
    std::string a, b;
    if (!floop.is(t->loop)) {
      repr_string(rt, keep, &a);
      repr_string(rt, result, &b);
      return bad("Task " + a + " got Future " + b + " attached to a different loop");
    }
    if (truthy(rt, blocking) > 0) {
      if (!setattr(rt, result, rt.n._asyncio_future_blocking, rt.False())) return false;
      Value wake = make_builtin_function(rt, "task_wakeup", task_wakeup_fn, keep, t->type);
      if (!add_wakeup_in_context(rt, result, wake, t)) {
        Value e = rt.take_error();
        schedule_step(rt, t, e);
        return true;
      }
      t->fut_waiter = result;
      if (st.trace) st.trace->step_ended(t, result);
      if (t->must_cancel) {
        Value c = future_like_cancel(rt, result, t->cancel_message);
        if (!c) return false;
        if (truthy(rt, c) > 0) t->must_cancel = false;
      }
      return true;
    }
    repr_string(rt, keep, &a);
    repr_string(rt, result, &b);
    return bad("yield was used instead of yield from in task " + a + " with " + b);
  }
  std::string a, b;
  repr_string(rt, keep, &a);
  repr_string(rt, result, &b);
  if (is_generator_object(rt, result)) {
    return bad("yield was used instead of yield from for generator in task " + a + " with " + b);
  }
  return bad("Task got bad yield: " + b);
}

static Value task_step_fn(Runtime& rt, const Value& self, CallArgs a) {
  Value exc = a.nargs > 0 && !rt.is_none(a[0]) ? a[0] : Value();
  if (!task_step(rt, as_task(self), exc, Value())) return nullptr;
  return rt.None();
}

static Value task_wakeup_fn(Runtime& rt, const Value& self, CallArgs a) {
  if (a.nargs != 1) return rt.raise(rt.t.TypeError, "task_wakeup() takes exactly one argument");
  TaskObject* t = as_task(self);
  const Value& fut = a[0];
  Value r = future_like_result(rt, fut);
  bool ok;
  if (r) {
    ok = task_step(rt, t, Value(), fut);
  } else {
    if (rt.aborting()) return nullptr;
    Value e = rt.take_error();
    ok = task_step(rt, t, e, fut);
  }
  if (!ok) return nullptr;
  return rt.None();
}

static bool task_cancel_impl(Runtime& rt, TaskObject* t, const Value& msg);

bool task_cancel(Runtime& rt, TaskObject* t, const Value& msg) {
  AsyncioState& st = asyncio_state(rt);
  if (!st.trace) return task_cancel_impl(rt, t, msg);
  uint64_t ev = st.trace->cancel_begin(Value::borrow(t), msg && !rt.is_none(msg) ? msg : Value(), st.cancel_source);
  bool r = task_cancel_impl(rt, t, msg);
  st.trace->cancel_end(ev, r);
  return r;
}

static bool task_cancel_impl(Runtime& rt, TaskObject* t, const Value& msg) {
  t->log_traceback = false;
  if (t->state != FutureState::Pending) return false;
  t->num_cancels_requested += 1;
  if (t->fut_waiter) {
    Value r;
    // self._fut_waiter.cancel(msg=msg): a method call, so that subclasses of Future (gather's
    // _GatheringFuture, which cancels its children) are cancelled their way. Exact Futures and Tasks
    // take the direct path.
    AsyncioState& st = asyncio_state(rt);
    TypeObject* wt = t->fut_waiter.type(rt);
    if (wt == st.task_type) {
      r = rt.Bool(task_cancel(rt, as_task(t->fut_waiter), msg));
    } else if (wt == st.future_type) {
      Value pending_error = rt.take_error();
      r = rt.Bool(future_cancel(rt, as_future(t->fut_waiter), msg));
      rt.exc = std::move(pending_error);  // (a closed loop's error is dropped, as before)
    } else {
      r = call_method(rt, t->fut_waiter, rt.n.cancel, {msg ? msg : rt.None()});
      if (!r) {
        rt.clear_error();
        r = rt.False();
      }
    }
    if (truthy(rt, r) > 0) return true;
  }
  t->must_cancel = true;
  t->cancel_message = (msg && !rt.is_none(msg)) ? msg : Value();
  return true;
}

// ---------------------------------------------------------------------------------------------
// Registry of live tasks (all_tasks) and the current task

static void link_task(AsyncioState& st, TaskObject* t) {
  t->prev_created = st.last_task;
  t->next_created = nullptr;
  if (st.last_task) st.last_task->next_created = t;
  else st.first_task = t;
  st.last_task = t;
}

static void unlink_task(AsyncioState& st, TaskObject* t) {
  if (t->prev_created) t->prev_created->next_created = t->next_created;
  else if (st.first_task == t) st.first_task = t->next_created;
  if (t->next_created) t->next_created->prev_created = t->prev_created;
  else if (st.last_task == t) st.last_task = t->prev_created;
  t->prev_created = t->next_created = nullptr;
}

void task_register(Runtime& rt, TaskObject* t) {
  AsyncioState& st = asyncio_state(rt);
  if (t->prev_created || t->next_created || st.first_task == t) return;
  link_task(st, t);
}

void task_unregister(Runtime& rt, TaskObject* t) { unlink_task(asyncio_state(rt), t); }

std::vector<Value> all_tasks(Runtime& rt, const Value& loop) {
  AsyncioState& st = asyncio_state(rt);
  std::vector<Value> out;
  for (TaskObject* t = st.first_task; t; t = t->next_created) {
    if (t->state == FutureState::Pending && t->loop.is(loop)) out.push_back(Value::borrow(t));
  }
  return out;
}

Value current_task(Runtime& rt, const Value& loop) {
  Value c = as_loop(loop)->current_task;
  return c ? c : rt.None();
}

// ---------------------------------------------------------------------------------------------
// Construction

static bool task_init_fields(Runtime& rt, TaskObject* t, const Value& coro, const Value& loop, const Value& name,
                             const Value& context) {
  AsyncioState& st = asyncio_state(rt);
  // A second __init__ call starts the task over (CPython's future_init + task fields); it stays
  // registered once.
  future_reset_for_init(t);
  t->fut_waiter.reset();
  t->name.reset();
  t->must_cancel = false;
  t->num_cancels_requested = 0;
  bool linked = t->prev_created || t->next_created || st.first_task == t;
  t->state = FutureState::Pending;
  t->is_task = true;
  t->loop = loop;
  t->id = ++st.next_id;
  {
    int nsites = 0;
    const SourceSite* sites = take_task_sites(rt, &nsites);
    t->source_tb = capture_source_traceback(rt, loop, sites, nsites);
  }
  t->log_destroy_pending = true;
  if (!is_coroutine_like(rt, coro)) {
    t->log_destroy_pending = false;
    std::string r;
    if (!repr_string(rt, coro, &r)) return false;
    rt.raise(rt.t.TypeError, "a coroutine was expected, got " + r);
    return false;
  }
  if (name && !rt.is_none(name)) {
    t->name = is_str(rt, name) ? name : str(rt, name);
    if (!t->name) return false;
  } else {
    t->name_number = ++st.task_counter;
  }
  t->coro = coro;
  // CPython: `self._context = contextvars.copy_context()` unless context= is given.
  t->context = context && !rt.is_none(context) ? context : context_copy_current(rt);
  if (st.trace) st.trace->task_created(t);  // before its first step is scheduled
  schedule_step(rt, t, Value());
  if (rt.has_error()) return false;
  if (!linked) link_task(st, t);
  object_id(rt, Value::borrow(t));  // ids (and so hashes) follow creation order
  return true;
}

Value new_task(Runtime& rt, const Value& coro, const Value& loop, const Value& name, const Value& context) {
  AsyncioState& st = asyncio_state(rt);
  auto* t = alloc<TaskObject>(rt, st.task_type);
  Value v = Value::steal(t);
  gc_track(rt, t);
  if (!task_init_fields(rt, t, coro, loop, name, context)) return nullptr;
  return v;
}

static Value t_new(Runtime& rt, TypeObject* type, CallArgs) {
  auto* t = static_cast<TaskObject*>(alloc_object(rt, type));
  t->state = FutureState::Pending;
  t->is_task = true;
  Value v = Value::steal(t);
  gc_track(rt, t);
  return v;
}

static bool t_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[4];
  if (!parse_clinic_args(rt, a, "Task", {"coro", "loop", "name", "context"}, 1, args, 1)) return false;
  Value loop = (args[1] && !rt.is_none(args[1])) ? args[1] : get_event_loop(rt);
  if (!loop || !future_init_check_loop(rt, loop)) return false;
  // Task(...) called by Python code (a task factory too): created where it was called.
  int nsites = 0;
  (void)take_task_sites(rt, &nsites);
  return task_init_fields(rt, as_task(self), args[0], loop, args[2], args[3]);
}

// ---------------------------------------------------------------------------------------------
// Lifetime

static void task_dealloc(Object* o) {
  auto* t = static_cast<TaskObject*>(o);
  if (t->loop || t->prev_created || t->next_created) {
    AsyncioState* st = asyncio_state_if_any(*o->type->rt);
    if (st) unlink_task(*st, t);
  }
  t->coro.reset();
  t->fut_waiter.reset();
  t->name.reset();
  t->context.reset();
  future_clear_fields(t);
}

static void task_traverse(Object* o, Visitor& v) {
  auto* t = static_cast<TaskObject*>(o);
  v(t->coro);
  v(t->fut_waiter);
  v(t->name);
  v(t->context);
  future_traverse_fields(t, v);
}

static void task_clear(Object* o) {
  auto* t = static_cast<TaskObject*>(o);
  t->coro.reset();
  t->fut_waiter.reset();
  t->context.reset();
}

// "Task was destroyed but it is pending!", then the future's never-retrieved check.
static void task_finalize(Runtime& rt, Object* o) {
  auto* t = static_cast<TaskObject*>(o);
  if (t->state == FutureState::Pending && t->log_destroy_pending && t->loop) {
    Value saved = rt.take_error();
    Value self = Value::borrow(o);
    AsyncioState* st = asyncio_state_if_any(rt);
    if (st && st->trace) st->trace->diagnostic(Diagnostic::DestroyedPending, self, "");
    Ref<DictObject> ctx = new_dict(rt);
    dict_set_str(rt, ctx.get(), rt.intern("task"), self);
    dict_set_str(rt, ctx.get(), rt.intern("message"), make_str(rt, "Task was destroyed but it is pending!"));
    if (t->source_tb) dict_set_str(rt, ctx.get(), rt.intern("source_traceback"), t->source_tb);
    loop_call_exception_handler(rt, t->loop, ctx.value());
    rt.clear_error();
    rt.exc = std::move(saved);
  }
  future_finalize(rt, o);
}

// ---------------------------------------------------------------------------------------------
// Python-level methods

static Value m_get_coro(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "Task.get_coro", 0, 0)) return nullptr;
  Value c = as_task(self)->coro;
  return c ? c : rt.None();
}
static Value m_get_name(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "Task.get_name", 0, 0)) return nullptr;
  TaskObject* t = as_task(self);
  if (!t->loop && !t->name) return rt.None();  // made without __init__: no name (CPython's task_name is NULL)
  return task_name(rt, t);
}
static Value m_set_name(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "Task.set_name", 1, 1)) return nullptr;
  Value s = is_str(rt, a[0]) ? a[0] : str(rt, a[0]);
  if (!s) return nullptr;
  as_task(self)->name = s;
  if (AsyncioState* st = asyncio_state_if_any(rt); st && st->trace) st->trace->task_renamed(as_task(self));
  return rt.None();
}
static Value m_cancelling(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "Task.cancelling", 0, 0)) return nullptr;
  return make_int(rt, as_task(self)->num_cancels_requested);
}
static Value m_uncancel(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "Task.uncancel", 0, 0)) return nullptr;
  TaskObject* t = as_task(self);
  if (t->num_cancels_requested > 0) t->num_cancels_requested -= 1;
  AsyncioState& st = asyncio_state(rt);
  if (st.trace) st.trace->uncancelled(t);
  return make_int(rt, t->num_cancels_requested);
}
static Value g_fut_waiter(Runtime& rt, const Value& s) {
  Value w = as_task(s)->fut_waiter;
  return w ? w : rt.None();
}
static Value g_coro(Runtime& rt, const Value& s) {
  Value c = as_task(s)->coro;
  return c ? c : rt.None();
}
static Value g_must_cancel(Runtime& rt, const Value& s) { return rt.Bool(as_task(s)->must_cancel); }
static Value g_log_destroy_pending(Runtime& rt, const Value& s) { return rt.Bool(as_task(s)->log_destroy_pending); }
static bool s_log_destroy_pending(Runtime& rt, const Value& s, const Value& v) {
  int t = v ? truthy(rt, v) : 0;
  if (t < 0) return false;
  as_task(s)->log_destroy_pending = t;
  return true;
}

static const MethodDef kTaskMethods[] = {
    {"get_coro", m_get_coro},     {"get_name", m_get_name},     {"set_name", m_set_name},
    {"cancelling", m_cancelling}, {"uncancel", m_uncancel},
    // No get_context (3.12) or _num_cancels_requested (the Python Task's): CPython 3.11's C Task has neither.
    {nullptr, nullptr},  // get_stack/print_stack: core/toolkit/task_stack.cpp
};
static const GetSetDef kTaskGetSets[] = {
    {"_fut_waiter", g_fut_waiter},
    {"_coro", g_coro},
    {"_must_cancel", g_must_cancel},
    {"_log_destroy_pending", g_log_destroy_pending, s_log_destroy_pending},
    {nullptr, nullptr},
};

void init_task_type(Runtime& rt, AsyncioState& st) {
  TypeSlots s = st.future_type->slots;
  s.dealloc = task_dealloc;
  s.traverse = task_traverse;
  s.clear = task_clear;
  s.finalize = task_finalize;
  s.repr = task_repr;
  s.new_ = t_new;
  s.init = t_init;
  st.task_type = make_builtin_type(rt, TypeSpec{"_asyncio.Task", st.future_type, sizeof(TaskObject),
                                                kTypeGc | kTypeBaseType | kTypeHasDict, kTaskMethods, kTaskGetSets,
                                                "_asyncio"},
                                   s);
}

}  // namespace ls
