// _asyncio.Future: the result of an asynchronous operation. Callbacks run through the loop's
// call_soon, in registration order; `await fut` yields the future itself to the task, which
// wakes up when a callback fires.
#include "modules/contextvars.hpp"
#include "loop/asyncio.hpp"
#include "loop/source_tb.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

Value raise_invalid_state(Runtime& rt, const std::string& msg) {
  return rt.raise(asyncio_state(rt).invalid_state_error, msg);
}

bool is_future_exact(Runtime& rt, const Value& v) {
  AsyncioState* st = asyncio_state_if_any(rt);
  return st && v.is_obj() && is_subtype(v.obj()->type, st->future_type);
}

int isfuture(Runtime& rt, const Value& v) {
  if (is_future_exact(rt, v)) return 1;
  if (!type_lookup(v.type(rt), rt.n._asyncio_future_blocking)) return 0;
  Value b = getattr_opt(rt, v, rt.n._asyncio_future_blocking);
  if (!b) return rt.has_error() ? -1 : 0;
  return !rt.is_none(b);
}

// CPython's future_init, which also serves a second __init__ call: the outcome, callbacks and flags
// of a previous life are dropped.
static void reset_future_fields(FutureObject* f) {
  f->result.reset();
  f->exception.reset();
  f->exception_tb.reset();
  f->cancel_message.reset();
  f->cancelled_exc.reset();
  if (f->callbacks) {
    auto* cbs = f->callbacks;
    f->callbacks = nullptr;
    delete cbs;
  }
  f->log_traceback = false;
  f->blocking = false;
}
void future_reset_for_init(FutureObject* f) { reset_future_fields(f); }

static Value init_future(Runtime& rt, FutureObject* f, const Value& loop) {
  AsyncioState& st = asyncio_state(rt);
  reset_future_fields(f);
  f->state = FutureState::Pending;
  f->loop = loop;
  f->id = ++st.next_id;
  return Value::borrow(f);
}

Value new_future(Runtime& rt, const Value& loop) {
  AsyncioState& st = asyncio_state(rt);
  auto* f = alloc<FutureObject>(rt, st.future_type);
  Value v = Value::steal(f);
  init_future(rt, f, loop);
  // Made for asyncio's own code: CPython's is loop.create_future()'s `futures.Future(loop=self)`.
  static const SourceSite kCreateFuture[] = {
      {"base_events.py", 427, "create_future", "return futures.Future(loop=self)"}};
  f->source_tb = capture_source_traceback(rt, loop, kCreateFuture, 1);
  gc_track(rt, f);
  return v;
}

// Each callback goes to loop.call_soon; when that fails (a closed loop: 'Event loop is closed')
// the callbacks not yet scheduled are dropped and the error propagates, as in CPython's
// future_schedule_callbacks (the future has its new state already).
static bool schedule_callbacks(Runtime& rt, FutureObject* f) {
  if (!f->callbacks || f->callbacks->empty()) return true;
  std::vector<FutureCallback> cbs;
  cbs.swap(*f->callbacks);
  Value self = Value::borrow(f);
  for (FutureCallback& cb : cbs) {
    // A callback added before contextvars came into use runs in an empty context (what it
    // would have copied then).
    if (!cb.context && contextvars_active(rt)) cb.context = context_new_empty(rt);
    Value h = cb.native.fn ? loop_call_soon_native(rt, f->loop, cb.native, cb.fn, make_tuple(rt, {self}), cb.context)
                           : loop_call_soon(rt, f->loop, cb.fn, make_tuple(rt, {self}), cb.context);
    if (!h) {
      // CPython's traceback holds base_events.call_soon's frame, whose `callback` local keeps
      // the callback (a task's wakeup: the task) alive as long as the error is: a task whose
      // waiter is cancelled on a closed loop while its coroutine is being closed outlives that.
      if (is_exception_instance(rt.exc)) exception_keep_frame(rt, rt.exc, cb.fn);
      return false;
    }
  }
  return true;
}

bool future_set_result(Runtime& rt, FutureObject* f, const Value& result) {
  if (f->state != FutureState::Pending) {
    raise_invalid_state(rt, "invalid state");
    return false;
  }
  f->result = result;
  f->state = FutureState::Finished;
  AsyncioState& st = asyncio_state(rt);
  if (st.trace && !f->is_task) st.trace->future_done(f);
  return schedule_callbacks(rt, f);
}

bool future_set_exception(Runtime& rt, FutureObject* f, const Value& exc_in) {
  if (f->state != FutureState::Pending) {
    raise_invalid_state(rt, "invalid state");
    return false;
  }
  Value exc = exc_in;
  if (is_exception_type(exc)) {
    exc = call(rt, exc, {});
    if (!exc) return false;
  }
  if (!is_exception_instance(exc)) {
    rt.raise(rt.t.TypeError, "invalid exception object");
    return false;
  }
  if (exc.obj()->type == rt.t.StopIteration) {
    rt.raise(rt.t.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
    return false;
  }
  f->exception = exc;
  f->exception_tb = as_exc(exc)->traceback;
  f->state = FutureState::Finished;
  AsyncioState& st = asyncio_state(rt);
  if (st.trace && !f->is_task) st.trace->future_done(f);
  if (!schedule_callbacks(rt, f)) return false;
  f->log_traceback = true;
  return true;
}

bool future_cancel(Runtime& rt, FutureObject* f, const Value& msg) {
  f->log_traceback = false;
  if (f->state != FutureState::Pending) return false;
  f->state = FutureState::Cancelled;
  f->cancel_message = (msg && !rt.is_none(msg)) ? msg : Value();
  AsyncioState& st = asyncio_state(rt);
  if (st.trace) st.trace->future_cancelled(f);
  return schedule_callbacks(rt, f);
}

bool future_add_done_callback(Runtime& rt, FutureObject* f, const Value& fn, const Value& context_arg) {
  // add_done_callback(fn, context=None): the context current now (contextvars.copy_context()).
  Value context = context_arg ? context_arg : context_copy_current(rt);
  if (f->state != FutureState::Pending) {
    Value h = loop_call_soon(rt, f->loop, fn, make_tuple(rt, {Value::borrow(f)}), context);
    return static_cast<bool>(h);
  }
  if (!f->callbacks) f->callbacks = new std::vector<FutureCallback>();
  f->callbacks->push_back(FutureCallback{fn, context, NativeCallback{}});
  return true;
}

bool future_add_native_done_callback(Runtime& rt, FutureObject* f, const NativeCallback& cb, const Value& self,
                                     const Value& context) {
  if (f->state != FutureState::Pending) {
    return static_cast<bool>(loop_call_soon_native(rt, f->loop, cb, self, make_tuple(rt, {Value::borrow(f)}), context));
  }
  if (!f->callbacks) f->callbacks = new std::vector<FutureCallback>();
  f->callbacks->push_back(FutureCallback{self, context, cb});
  return true;
}

// The callable of a registered callback as Python sees it (fut._callbacks, reprs, remove_done_callback).
static Value callback_callable(Runtime& rt, const FutureCallback& cb) {
  return cb.native.fn ? native_callable(rt, cb.native, cb.fn) : cb.fn;
}

int64_t future_remove_done_callback(Runtime& rt, FutureObject* f, const Value& fn) {
  if (!f->callbacks) return 0;
  // Comparing runs Python code (__eq__) that may add or remove callbacks, or clear the list
  // (CPython's GH-97592): walk the live list by index, holding each entry while it is compared.
  int64_t len = static_cast<int64_t>(f->callbacks->size());
  std::vector<FutureCallback> kept;
  for (size_t i = 0; f->callbacks && i < f->callbacks->size(); ++i) {
    FutureCallback cb = (*f->callbacks)[i];
    int e = cb.native.fn ? equal(rt, callback_callable(rt, cb), fn) : equal(rt, cb.fn, fn);
    if (e < 0) return -1;
    if (!e) kept.push_back(std::move(cb));
  }
  if (!f->callbacks) return len;
  if (kept.empty()) {
    auto* cbs = f->callbacks;
    f->callbacks = nullptr;
    delete cbs;
    return len;
  }
  int64_t now = static_cast<int64_t>(f->callbacks->size());
  int64_t j = static_cast<int64_t>(kept.size());
  if (j != now) f->callbacks->swap(kept);
  return now - j;
}

Value make_cancelled_error(Runtime& rt, FutureObject* f) {
  if (f->cancelled_exc) {
    Value e = std::move(f->cancelled_exc);
    return e;
  }
  AsyncioState& st = asyncio_state(rt);
  if (f->cancel_message) return call(rt, Value::borrow(st.cancelled_error), {f->cancel_message});
  return call(rt, Value::borrow(st.cancelled_error), {});
}

Value future_result(Runtime& rt, FutureObject* f) {
  if (f->state == FutureState::Cancelled) {
    Value e = make_cancelled_error(rt, f);
    if (e) rt.set_error(std::move(e));
    return nullptr;
  }
  if (f->state != FutureState::Finished) return raise_invalid_state(rt, "Result is not set.");
  f->log_traceback = false;
  if (f->exception) {
    Value e = f->exception;
    as_exc(e)->traceback = f->exception_tb;
    rt.set_error(std::move(e));
    return nullptr;
  }
  return f->result ? f->result : rt.None();
}

Value future_exception(Runtime& rt, FutureObject* f) {
  if (f->state == FutureState::Cancelled) {
    Value e = make_cancelled_error(rt, f);
    if (e) rt.set_error(std::move(e));
    return nullptr;
  }
  if (f->state != FutureState::Finished) return raise_invalid_state(rt, "Exception is not set.");
  f->log_traceback = false;
  return f->exception ? f->exception : rt.None();
}

Value future_get_loop(Runtime& rt, const Value& fut) {
  if (is_future_exact(rt, fut)) return as_future(fut)->loop;
  Value gl = getattr_opt(rt, fut, rt.n.get_loop);
  if (gl) return call(rt, gl, CallArgs{});
  if (rt.has_error()) return nullptr;
  return getattr(rt, fut, rt.n._loop);
}

// Duck-typed helpers: the C structs directly, anything else through its methods. CPython's
// asyncio code (run_until_complete, gather, wait, shield, task_wakeup...) calls these methods, so a
// Future/Task subclass overriding one has its override called; the struct stands in only when the
// call would reach the built-in method.
static bool future_method_native(Runtime& rt, const Value& fut, StrObject* name) {
  if (!is_future_exact(rt, fut)) return false;
  TypeObject* tp = fut.type(rt);
  if (!(tp->flags & kTypeHeapType)) return true;
  if (tp->slots.getattr != generic_getattr) return false;
  AsyncioState* st = asyncio_state_if_any(rt);
  Object* m = type_lookup(tp, name);
  return m && (m == type_lookup(st->future_type, name) || (st->task_type && m == type_lookup(st->task_type, name)));
}
int future_like_done(Runtime& rt, const Value& fut) {
  if (future_method_native(rt, fut, rt.n.done)) return as_future(fut)->state != FutureState::Pending;
  Value r = call_method(rt, fut, rt.n.done, {});
  if (!r) return -1;
  return truthy(rt, r);
}
int future_like_cancelled(Runtime& rt, const Value& fut) {
  if (future_method_native(rt, fut, rt.n.cancelled)) return as_future(fut)->state == FutureState::Cancelled;
  Value r = call_method(rt, fut, rt.n.cancelled, {});
  if (!r) return -1;
  return truthy(rt, r);
}
Value future_like_cancel(Runtime& rt, const Value& fut, const Value& msg) {
  if (msg && !rt.is_none(msg)) {
    Value args[1] = {msg};
    Value names = make_tuple(rt, {Value::borrow(rt.n.msg)});
    Value m = getattr(rt, fut, rt.n.cancel);
    if (!m) return nullptr;
    return call(rt, m, CallArgs{args, 0, as_tuple(names)});
  }
  return call_method(rt, fut, rt.n.cancel, {});
}
Value future_like_result(Runtime& rt, const Value& fut) {
  if (future_method_native(rt, fut, rt.n.result)) return future_result(rt, as_future(fut));
  return call_method(rt, fut, rt.n.result, {});
}
Value future_like_exception(Runtime& rt, const Value& fut) {
  if (future_method_native(rt, fut, rt.n.exception)) return future_exception(rt, as_future(fut));
  return call_method(rt, fut, rt.n.exception, {});
}
bool future_like_add_done_callback(Runtime& rt, const Value& fut, const Value& fn) {
  if (future_method_native(rt, fut, rt.n.add_done_callback)) {
    return future_add_done_callback(rt, as_future(fut), fn, Value());
  }
  return static_cast<bool>(call_method(rt, fut, rt.n.add_done_callback, {fn}));
}

// ---------------------------------------------------------------------------------------------
// repr (base_futures._future_repr_info)

static const char* state_name(FutureState s) {
  switch (s) {
    case FutureState::Pending: return "PENDING";
    case FutureState::Cancelled: return "CANCELLED";
    case FutureState::Finished: return "FINISHED";
  }
  return "PENDING";
}

std::string future_repr_info(Runtime& rt, FutureObject* f, bool* ok) {
  *ok = true;
  std::string s = state_name(f->state);
  for (char& c : s) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  if (f->state == FutureState::Finished) {
    if (f->exception) {
      std::string r;
      if (!repr_string(rt, f->exception, &r)) {
        *ok = false;
        return "";
      }
      s += " exception=" + r;
    } else {
      s += " result=" + short_repr(rt, f->result ? f->result : rt.None(), ok);
      if (!*ok) return "";
    }
  }
  if (f->callbacks && !f->callbacks->empty()) {
    auto& cbs = *f->callbacks;
    auto fmt = [&](const FutureCallback& cb) {
      return format_callback_source(rt, callback_callable(rt, cb), Value::borrow(rt.empty_tuple), ok);
    };
    std::string c;
    if (cbs.size() == 1) c = fmt(cbs[0]);
    else if (cbs.size() == 2) c = fmt(cbs[0]) + ", " + fmt(cbs[1]);
    else c = fmt(cbs[0]) + ", <" + std::to_string(cbs.size() - 2) + " more>, " + fmt(cbs.back());
    if (!*ok) return "";
    s += " cb=[" + c + "]";
  }
  s += source_traceback_repr(rt, f->source_tb);
  return s;
}

static Value future_repr(Runtime& rt, const Value& self) {
  if (!future_check_initialized(rt, as_future(self))) return nullptr;
  bool ok;
  std::string info = future_repr_info(rt, as_future(self), &ok);
  if (!ok) return nullptr;
  return make_str(rt, "<" + std::string(type_short_name(self.type(rt))) + " " + info + ">");
}

// ---------------------------------------------------------------------------------------------
// Lifetime

void future_clear_fields(FutureObject* f) {
  f->result.reset();
  f->exception.reset();
  f->exception_tb.reset();
  f->loop.reset();
  f->cancel_message.reset();
  f->cancelled_exc.reset();
  f->source_tb.reset();
  if (f->callbacks) {
    auto* cbs = f->callbacks;
    f->callbacks = nullptr;
    delete cbs;
  }
}

void future_traverse_fields(FutureObject* f, Visitor& v) {
  v(f->result);
  v(f->exception);
  v(f->exception_tb);
  v(f->loop);
  v(f->cancel_message);
  v(f->cancelled_exc);
  v(f->source_tb);
  if (f->callbacks) {
    for (FutureCallback& cb : *f->callbacks) {
      v(cb.fn);
      v(cb.context);
    }
  }
}

static void future_dealloc(Object* o) { future_clear_fields(static_cast<FutureObject*>(o)); }
static void future_traverse(Object* o, Visitor& v) { future_traverse_fields(static_cast<FutureObject*>(o), v); }

// "Future exception was never retrieved"
void future_finalize(Runtime& rt, Object* o) {
  auto* f = static_cast<FutureObject*>(o);
  if (!f->log_traceback || !f->loop) return;
  f->log_traceback = false;
  Value saved = rt.take_error();
  Value self = Value::borrow(o);
  AsyncioState* st = asyncio_state_if_any(rt);
  if (st && st->trace) st->trace->diagnostic(Diagnostic::NeverRetrieved, self, "");
  Ref<DictObject> ctx = new_dict(rt);
  dict_set_str(rt, ctx.get(), rt.intern("message"), make_str(rt, std::string(type_short_name(o->type)) + " exception was never retrieved"));
  dict_set_str(rt, ctx.get(), rt.intern("exception"), f->exception);
  dict_set_str(rt, ctx.get(), rt.intern("future"), self);
  if (f->source_tb) dict_set_str(rt, ctx.get(), rt.intern("source_traceback"), f->source_tb);
  loop_call_exception_handler(rt, f->loop, ctx.value());
  rt.clear_error();
  rt.exc = std::move(saved);
}

// ---------------------------------------------------------------------------------------------
// Python-level methods

static Value f_new(Runtime& rt, TypeObject* type, CallArgs) {
  auto* f = static_cast<FutureObject*>(alloc_object(rt, type));
  f->state = FutureState::Pending;
  Value v = Value::steal(f);
  gc_track(rt, f);
  return v;
}

// CPython's future_init asks the loop for get_debug() (to record a source traceback): a loop=
// that is not an event loop fails there. The native loop answers without a call.
bool future_init_check_loop(Runtime& rt, const Value& loop) {
  if (is_loop(rt, loop)) return true;
  Value r = call_method(rt, loop, rt.intern("get_debug"), {});
  if (!r) return false;
  return truthy(rt, r) >= 0;
}

static bool f_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_clinic_args(rt, a, "Future", {"loop"}, 0, args, 0)) return false;
  Value loop = (args[0] && !rt.is_none(args[0])) ? args[0] : get_event_loop(rt);
  if (!loop || !future_init_check_loop(rt, loop)) return false;
  init_future(rt, as_future(self), loop);
  as_future(self)->source_tb = capture_source_traceback(rt, loop);
  return true;
}

// The qualified name CPython's argument errors show: Future.result(), Task.result()...
static std::string qual(const Value& self, const char* method) {
  return std::string(as_future(self)->is_task ? "Task." : "Future.") + method;
}

// CPython's ENSURE_FUTURE_ALIVE: a Future (or Task) made by __new__ without __init__ (a subclass
// whose __init__ does not call super().__init__()) has no loop. result()/exception() report it as
// InvalidStateError, add_done_callback as "uninitialized Future object".
static bool check_init(Runtime& rt, FutureObject* f, TypeObject* type = nullptr, const char* msg = nullptr) {
  if (!f->loop) {
    rt.raise(type ? type : rt.t.RuntimeError, msg ? msg : "Future object is not initialized.");
    return false;
  }
  return true;
}
bool future_check_initialized(Runtime& rt, FutureObject* f) { return check_init(rt, f); }

static Value m_result(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "result").c_str(), 0, 0) ||
      !check_init(rt, as_future(self), asyncio_state(rt).invalid_state_error)) {
    return nullptr;
  }
  return future_result(rt, as_future(self));
}
static Value m_exception(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "exception").c_str(), 0, 0) ||
      !check_init(rt, as_future(self), asyncio_state(rt).invalid_state_error)) {
    return nullptr;
  }
  return future_exception(rt, as_future(self));
}
static Value m_set_result(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "set_result").c_str(), 1, 1) || !check_init(rt, as_future(self))) return nullptr;
  if (as_future(self)->is_task) return rt.raise(rt.t.RuntimeError, "Task does not support set_result operation");
  if (!future_set_result(rt, as_future(self), a[0])) return nullptr;
  return rt.None();
}
static Value m_set_exception(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "set_exception").c_str(), 1, 1) || !check_init(rt, as_future(self))) return nullptr;
  if (as_future(self)->is_task) return rt.raise(rt.t.RuntimeError, "Task does not support set_exception operation");
  if (!future_set_exception(rt, as_future(self), a[0])) return nullptr;
  return rt.None();
}
static Value m_add_done_callback(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  // add_done_callback(fn, /, *, context=None)
  if (!parse_clinic_args(rt, a, "add_done_callback", {"", "context"}, 1, args, 1)) return nullptr;
  if (!check_init(rt, as_future(self), nullptr, "uninitialized Future object")) return nullptr;
  Value ctx = (args[1] && !rt.is_none(args[1])) ? args[1] : Value();
  if (!future_add_done_callback(rt, as_future(self), args[0], ctx)) return nullptr;
  return rt.None();
}
static Value m_remove_done_callback(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "remove_done_callback").c_str(), 1, 1) || !check_init(rt, as_future(self))) return nullptr;
  int64_t n = future_remove_done_callback(rt, as_future(self), a[0]);
  if (n < 0) return nullptr;
  return Value::small(n);
}
static Value m_cancel(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_clinic_args(rt, a, "cancel", {"msg"}, 0, args)) return nullptr;
  if (!check_init(rt, as_future(self))) return nullptr;
  if (as_future(self)->is_task) return rt.Bool(task_cancel(rt, as_task(self), args[0]));
  AsyncioState& st = asyncio_state(rt);
  uint64_t ev = st.trace ? st.trace->cancel_begin(self, args[0] ? args[0] : Value(), st.cancel_source) : 0;
  bool r = future_cancel(rt, as_future(self), args[0]);
  if (st.trace) st.trace->cancel_end(ev, r);
  if (!r && rt.has_error()) return nullptr;
  return rt.Bool(r);
}
static Value m_cancelled(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "cancelled").c_str(), 0, 0)) return nullptr;
  return rt.Bool(as_future(self)->state == FutureState::Cancelled);
}
static Value m_done(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "done").c_str(), 0, 0)) return nullptr;
  return rt.Bool(as_future(self)->state != FutureState::Pending);
}
static Value m_get_loop(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "get_loop").c_str(), 0, 0) || !check_init(rt, as_future(self))) return nullptr;
  return as_future(self)->loop;
}
// Future.__del__: the finalizer as a method (CPython exposes tp_finalize so), for a subclass's
// __del__ that calls super().__del__().
static Value m_del(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, qual(self, "__del__").c_str(), 0, 0)) return nullptr;
  TypeObject* t = self.type(rt);
  while (t && (t->flags & kTypeHeapType)) t = t->base;  // the built-in's finalizer (Future's or Task's)
  if (t && t->slots.finalize) t->slots.finalize(rt, self.obj());
  return rt.None();
}
static Value m_make_cancelled_error(Runtime& rt, const Value& self, CallArgs) {
  return make_cancelled_error(rt, as_future(self));
}

static Value g_blocking(Runtime& rt, const Value& s) { return rt.Bool(as_future(s)->blocking); }
static bool s_blocking(Runtime& rt, const Value& s, const Value& v) {
  if (!v) {
    rt.raise(rt.t.AttributeError, "cannot delete attribute");
    return false;
  }
  int t = truthy(rt, v);
  if (t < 0) return false;
  as_future(s)->blocking = t;
  return true;
}
static Value g_loop(Runtime& rt, const Value& s) {
  Value l = as_future(s)->loop;
  return l ? l : rt.None();
}
static Value g_state(Runtime& rt, const Value& s) { return make_str(rt, state_name(as_future(s)->state)); }
static Value g_result(Runtime& rt, const Value& s) {
  Value r = as_future(s)->result;
  return r ? r : rt.None();
}
static Value g_exception(Runtime& rt, const Value& s) {
  Value r = as_future(s)->exception;
  return r ? r : rt.None();
}
static Value g_log_traceback(Runtime& rt, const Value& s) { return rt.Bool(as_future(s)->log_traceback); }
static bool s_log_traceback(Runtime& rt, const Value& s, const Value& v) {
  int t = v ? truthy(rt, v) : 0;
  if (t < 0) return false;
  if (t) {
    rt.raise(rt.t.ValueError, "_log_traceback can only be set to False");
    return false;
  }
  as_future(s)->log_traceback = false;
  return true;
}
static Value g_callbacks(Runtime& rt, const Value& s) {
  FutureObject* f = as_future(s);
  if (!f->callbacks || f->callbacks->empty()) return rt.None();
  Ref<ListObject> l = new_list(rt);
  for (FutureCallback& cb : *f->callbacks) {
    list_append(rt, l.get(), make_tuple(rt, {callback_callable(rt, cb), cb.context ? cb.context : rt.None()}));
  }
  return std::move(l).value();
}
static Value g_cancel_message(Runtime& rt, const Value& s) {
  Value m = as_future(s)->cancel_message;
  return m ? m : rt.None();
}
static bool s_cancel_message(Runtime& rt, const Value& s, const Value& v) {
  as_future(s)->cancel_message = (v && !rt.is_none(v)) ? v : Value();
  return true;
}
static Value g_source_traceback(Runtime& rt, const Value& s) {
  return source_traceback_value(rt, as_future(s)->source_tb);
}

static const MethodDef kFutureMethods[] = {
    {"result", m_result},
    {"exception", m_exception},
    {"set_result", m_set_result},
    {"set_exception", m_set_exception},
    {"add_done_callback", m_add_done_callback},
    {"remove_done_callback", m_remove_done_callback},
    {"cancel", m_cancel},
    {"cancelled", m_cancelled},
    {"done", m_done},
    {"get_loop", m_get_loop},
    {"_make_cancelled_error", m_make_cancelled_error},
    {"__del__", m_del},
    {nullptr, nullptr},
};

static const GetSetDef kFutureGetSets[] = {
    {"_asyncio_future_blocking", g_blocking, s_blocking},
    {"_loop", g_loop},
    {"_state", g_state},
    {"_result", g_result},
    {"_exception", g_exception},
    {"_log_traceback", g_log_traceback, s_log_traceback},
    {"_callbacks", g_callbacks},
    {"_cancel_message", g_cancel_message, s_cancel_message},
    {"_source_traceback", g_source_traceback},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// FutureIter: what `await future` iterates

struct FutureIterObject : Object {
  Value future;
};

static SendResult fi_send(Runtime& rt, const Value& self, const Value& arg, Value* out) {
  (void)arg;
  auto* it = static_cast<FutureIterObject*>(self.obj());
  if (!it->future) {
    rt.raise_value(Value::borrow(rt.t.StopIteration));
    return SendResult::Error;
  }
  FutureObject* f = as_future(it->future);
  if (f->state == FutureState::Pending) {
    if (!f->blocking) {
      f->blocking = true;
      *out = it->future;
      return SendResult::Yield;
    }
    rt.raise(rt.t.RuntimeError, "await wasn't used with future");
    return SendResult::Error;
  }
  Value fut = std::move(it->future);
  Value r = future_result(rt, as_future(fut));
  if (!r) return SendResult::Error;
  *out = std::move(r);
  return SendResult::Return;
}

static SendResult fi_throw(Runtime& rt, const Value& self, const Value& exc, Value* out) {
  (void)out;
  auto* it = static_cast<FutureIterObject*>(self.obj());
  it->future.reset();
  rt.exc = exc;
  return SendResult::Error;
}

static Value fi_next(Runtime& rt, const Value& self) {
  Value out;
  SendResult r = fi_send(rt, self, rt.None(), &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}

static Value fi_m_send(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "send", 1, 1)) return nullptr;
  // CPython 3.11's FutureIter_am_send fails without an exception once the iterator has let go of
  // its future (after a throw() or the result), which the call reports as a SystemError.
  if (!static_cast<FutureIterObject*>(self.obj())->future) {
    return rt.raise(rt.t.SystemError, "error return without exception set");
  }
  Value out;
  SendResult r = fi_send(rt, self, a[0], &out);
  if (r == SendResult::Yield) return out;
  if (r == SendResult::Return) {
    Value e = new_stop_iteration(rt, out);
    if (e) rt.set_error(std::move(e));
  }
  return nullptr;
}
// FutureIter.throw(type[, value[, traceback]]): CPython 3.11's FutureIter_throw (its own messages,
// not the generator's); the iterator lets go of its future only once the exception is valid.
static Value fi_m_throw(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_nargs(rt, a, "throw", 1, 3)) return nullptr;
  Value typ = a[0];
  Value val = a.nargs > 1 && !rt.is_none(a[1]) ? a[1] : Value();
  Value tb = a.nargs > 2 && !rt.is_none(a[2]) ? a[2] : Value();
  if (tb && tb.type(rt) != rt.t.traceback) {
    return rt.raise(rt.t.TypeError, "throw() third argument must be a traceback");
  }
  Value exc;
  if (is_exception_type(typ)) {
    if (!val) exc = call(rt, typ, {});
    else if (is_exception_instance(val) && isinstance(rt, val, static_cast<TypeObject*>(typ.obj()))) exc = val;
    else if (isinstance(rt, val, rt.t.tuple)) exc = call_kw(rt, typ, val, nullptr);
    else exc = call(rt, typ, {val});
    if (!exc) return nullptr;
  } else if (is_exception_instance(typ)) {
    if (val) return rt.raise(rt.t.TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    return rt.raise(rt.t.TypeError,
                    "exceptions must be classes deriving BaseException or instances of such a class");
  }
  if (tb) as_exc(exc)->traceback = tb;
  Value out;
  fi_throw(rt, self, exc, &out);
  return nullptr;
}
static Value fi_m_close(Runtime& rt, const Value& self, CallArgs) {
  static_cast<FutureIterObject*>(self.obj())->future.reset();
  return rt.None();
}
static Value fi_iter(Runtime&, const Value& self) { return self; }
static void fi_dealloc(Object* o) { static_cast<FutureIterObject*>(o)->future.reset(); }
static void fi_traverse(Object* o, Visitor& v) { v(static_cast<FutureIterObject*>(o)->future); }

static const MethodDef kFutureIterMethods[] = {
    {"send", fi_m_send}, {"throw", fi_m_throw}, {"close", fi_m_close}, {nullptr, nullptr}};

static Value future_await(Runtime& rt, const Value& self) {
  AsyncioState& st = asyncio_state(rt);
  if (!check_init(rt, as_future(self))) return nullptr;
  auto* it = alloc<FutureIterObject>(rt, st.future_iter_type);
  it->future = self;
  gc_track(rt, it);
  return Value::steal(it);
}

static Value class_getitem(Runtime& rt, const Value& cls, CallArgs a) {
  if (!check_nargs(rt, a, "__class_getitem__", 1, 1)) return nullptr;
  return make_generic_alias(rt, cls, a[0]);
}
static const MethodDef kFutureClassMethods[] = {{"__class_getitem__", class_getitem, kMethClass}, {nullptr, nullptr}};

void init_future_types(Runtime& rt, AsyncioState& st) {
  TypeSlots s;
  s.dealloc = future_dealloc;
  s.traverse = future_traverse;
  s.clear = future_dealloc;
  s.finalize = future_finalize;
  s.repr = future_repr;
  s.new_ = f_new;
  s.init = f_init;
  s.await = future_await;
  s.iter = future_await;
  st.future_type = make_builtin_type(rt, TypeSpec{"_asyncio.Future", nullptr, sizeof(FutureObject),
                                                  kTypeGc | kTypeBaseType | kTypeHasDict, kFutureMethods,
                                                  kFutureGetSets, "_asyncio"},
                                     s);
  add_methods(rt, st.future_type, kFutureClassMethods);
  TypeSlots i;
  i.dealloc = fi_dealloc;
  i.traverse = fi_traverse;
  i.clear = fi_dealloc;
  i.send = fi_send;
  i.throw_ = fi_throw;
  i.next = fi_next;
  i.iter = fi_iter;
  st.future_iter_type = make_builtin_type(
      rt, TypeSpec{"_asyncio.FutureIter", nullptr, sizeof(FutureIterObject), kTypeGc, kFutureIterMethods, nullptr, "_asyncio"},
      i);
}

}  // namespace ls
