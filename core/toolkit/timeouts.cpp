// asyncio.timeouts: Timeout, timeout(), timeout_at() — CPython 3.11's timeouts.py in C++.
//
// When the deadline passes, the Timeout cancels its task (task.cancel(), so cancelling() goes
// up) and becomes "expiring". On exit it calls task.uncancel(); only if that brings the count
// back to what it was on entry — no one else asked to cancel the task meanwhile — and the block
// is ending with exactly CancelledError, the CancelledError becomes TimeoutError (raised `from`
// it). Otherwise the cancellation propagates untouched: an outer timeout or a real cancel() wins.
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"

namespace ls {

enum class TimeoutState : uint8_t { Created, Entered, Expiring, Expired, Exited };

static const char* state_value(TimeoutState s) {
  switch (s) {
    case TimeoutState::Created: return "created";
    case TimeoutState::Entered: return "active";
    case TimeoutState::Expiring: return "expiring";
    case TimeoutState::Expired: return "expired";
    case TimeoutState::Exited: return "finished";
  }
  return "created";
}

struct TimeoutObject : Object {
  Value handler;  // TimerHandle / Handle, or null
  Value task;
  Value when;     // null: None
  int64_t cancelling;
  TimeoutState state;
};

static TimeoutObject* T(const Value& v) { return static_cast<TimeoutObject*>(v.obj()); }

static TypeObject* timeout_type(Runtime& rt);

static bool check_no_args(Runtime& rt, CallArgs a, const char* fname) {
  Value dummy[1];
  return bind_args(rt, a, fname, {}, 0, 0, dummy);
}

// task.cancelling() / task.uncancel() for tasks and task-like objects.
static bool task_cancelling_any(Runtime& rt, const Value& task, int64_t* out) {
  if (is_task(rt, task) && !(task.type(rt)->flags & kTypeHeapType)) {
    *out = as_task(task)->num_cancels_requested;
    return true;
  }
  Value r = call_method(rt, task, rt.intern("cancelling"), {});
  return r && index_int64(rt, r, out);
}

bool task_uncancel_any(Runtime& rt, const Value& task, int64_t* out) {
  if (is_task(rt, task) && !(task.type(rt)->flags & kTypeHeapType)) {
    TaskObject* t = as_task(task);
    if (t->num_cancels_requested > 0) t->num_cancels_requested -= 1;
    AsyncioState& st = asyncio_state(rt);
    if (st.trace) st.trace->uncancelled(t);
    *out = t->num_cancels_requested;
    return true;
  }
  Value r = call_method(rt, task, rt.intern("uncancel"), {});
  return r && index_int64(rt, r, out);
}

// Timeout._on_timeout (the deadline callback)
static Value on_timeout(Runtime& rt, const Value& self, CallArgs) {
  TimeoutObject* t = T(self);
  if (t->state != TimeoutState::Entered) return raise_bare(rt, rt.t.AssertionError);
  if (cancel_any(rt, t->task, Value(), CancelSource::Timeout) < 0) return nullptr;
  t->state = TimeoutState::Expiring;
  t->handler.reset();
  return rt.None();
}

static bool timeout_reschedule(Runtime& rt, const Value& self, const Value& when) {
  TimeoutObject* t = T(self);
  if (t->state != TimeoutState::Entered) {
    if (t->state == TimeoutState::Created) {
      rt.raise(rt.t.RuntimeError, "Timeout has not been entered");
      return false;
    }
    rt.raise(rt.t.RuntimeError, std::string("Cannot change state of ") + state_value(t->state) + " Timeout");
    return false;
  }
  t->when = rt.is_none(when) ? Value() : when;
  if (t->handler) {
    Value h = std::move(t->handler);
    if (isinstance(rt, h, asyncio_state(rt).handle_type) && !(h.type(rt)->flags & kTypeHeapType)) {
      handle_cancel(rt, as_handle(h));
    } else if (!call_method(rt, h, rt.n.cancel, {})) {
      return false;
    }
  }
  if (rt.is_none(when)) {
    t->handler.reset();
    return true;
  }
  Value loop = get_running_loop(rt);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    return false;
  }
  Value now = loop_time_any(rt, loop);
  if (!now) return false;
  int le = rich_compare_bool(rt, when, now, CmpOp::Le);
  if (le < 0) return false;
  Value cb = make_builtin_function(rt, "_on_timeout", on_timeout, self, timeout_type(rt));
  Value h = le ? call_soon_any(rt, loop, cb) : call_at_any(rt, loop, when, cb);
  if (!h) return false;
  t->handler = std::move(h);
  return true;
}

static NativeCoro timeout_aenter_impl(Runtime& rt, Value self) {
  TimeoutObject* t = T(self);
  if (t->state != TimeoutState::Created) {
    rt.raise(rt.t.RuntimeError, "Timeout has already been entered");
    co_return Outcome::from_error(rt);
  }
  Value loop = get_running_loop(rt);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    co_return Outcome::from_error(rt);
  }
  Value task = is_loop(rt, loop) ? current_task(rt, loop) : rt.None();
  if (rt.is_none(task)) {
    rt.raise(rt.t.RuntimeError, "Timeout should be used inside a task");
    co_return Outcome::from_error(rt);
  }
  t->state = TimeoutState::Entered;
  t->task = task;
  if (!task_cancelling_any(rt, task, &t->cancelling)) co_return Outcome::from_error(rt);
  if (!timeout_reschedule(rt, self, t->when ? t->when : rt.None())) co_return Outcome::from_error(rt);
  co_return Outcome::ok(self);
}

static NativeCoro timeout_aexit_impl(Runtime& rt, Value self, Value exc_type, Value exc_val) {
  TimeoutObject* t = T(self);
  if (t->state != TimeoutState::Entered && t->state != TimeoutState::Expiring) {
    raise_bare(rt, rt.t.AssertionError);
    co_return Outcome::from_error(rt);
  }
  if (t->handler) {
    Value h = std::move(t->handler);
    if (isinstance(rt, h, asyncio_state(rt).handle_type) && !(h.type(rt)->flags & kTypeHeapType)) {
      handle_cancel(rt, as_handle(h));
    } else if (!call_method(rt, h, rt.n.cancel, {})) {
      co_return Outcome::from_error(rt);
    }
  }
  if (t->state == TimeoutState::Expiring) {
    t->state = TimeoutState::Expired;
    int64_t n;
    if (!task_uncancel_any(rt, t->task, &n)) co_return Outcome::from_error(rt);
    AsyncioState& st = asyncio_state(rt);
    if (n <= t->cancelling && exc_type.is_obj() && exc_type.obj() == st.cancelled_error) {
      // raise TimeoutError from exc_val
      Value e = new_exception(rt, rt.t.TimeoutError, {});
      if (!e) co_return Outcome::from_error(rt);
      ExceptionObject* x = as_exc(e);
      x->cause = rt.is_none(exc_val) ? Value() : exc_val;
      x->suppress_context = true;
      if (!rt.is_none(exc_val)) x->context = exc_val;
      if (st.trace) st.trace->timeout_converted(t->task, e);
      co_return Outcome::err(std::move(e));
    }
  } else if (t->state == TimeoutState::Entered) {
    t->state = TimeoutState::Exited;
  }
  co_return Outcome::ok(rt.None());
}

// ---------------------------------------------------------------------------------------------
// Python-level

static Value new_timeout(Runtime& rt, const Value& when) {
  TypeObject* tt = timeout_type(rt);
  auto* t = static_cast<TimeoutObject*>(alloc_object(rt, tt));
  Value v = Value::steal(t);
  gc_track(rt, t);
  t->state = TimeoutState::Created;
  t->when = (when && !rt.is_none(when)) ? when : Value();
  return v;
}

static Value to_new(Runtime& rt, TypeObject* type, CallArgs) {
  Object* o = alloc_object(rt, type);
  Value v = Value::steal(o);
  gc_track(rt, o);
  return v;
}
static bool to_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Timeout.__init__", {"when"}, 1, 1, args)) return false;
  TimeoutObject* t = T(self);
  t->state = TimeoutState::Created;
  t->handler.reset();
  t->task.reset();
  t->when = rt.is_none(args[0]) ? Value() : args[0];
  return true;
}
static void to_dealloc(Object* o) {
  auto* t = static_cast<TimeoutObject*>(o);
  t->handler.reset();
  t->task.reset();
  t->when.reset();
}
static void to_traverse(Object* o, Visitor& v) {
  auto* t = static_cast<TimeoutObject*>(o);
  v(t->handler);
  v(t->task);
  v(t->when);
}
static Value to_repr(Runtime& rt, const Value& self) {
  TimeoutObject* t = T(self);
  std::string info;
  if (t->state == TimeoutState::Entered) {
    std::string w = "None";
    if (t->when) {
      Value round_fn = dict_get_str(as_dict(as_module(Value::borrow(rt.builtins_module))->dict), rt.intern("round"));
      if (!round_fn) return rt.raise(rt.t.NameError, "name 'round' is not defined");
      Value r = call(rt, round_fn, {t->when, Value::small(3)});
      if (!r || !repr_string(rt, r, &w)) return nullptr;
    }
    info = " when=" + w;
  }
  return make_str(rt, std::string("<Timeout [") + state_value(t->state) + "]" + info + ">");
}

static Value m_when(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Timeout.when")) return nullptr;
  Value w = T(self)->when;
  return w ? w : rt.None();
}
static Value m_reschedule(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Timeout.reschedule", {"when"}, 1, 1, args)) return nullptr;
  if (!timeout_reschedule(rt, self, args[0])) return nullptr;
  return rt.None();
}
static Value m_expired(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Timeout.expired")) return nullptr;
  TimeoutState s = T(self)->state;
  return rt.Bool(s == TimeoutState::Expiring || s == TimeoutState::Expired);
}
static Value m_aenter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Timeout.__aenter__")) return nullptr;
  return wrap_native(rt, "Timeout.__aenter__", timeout_aenter_impl(rt, self));
}
static Value m_aexit(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "Timeout.__aexit__", {"exc_type", "exc_val", "exc_tb"}, 3, 3, args)) return nullptr;
  return wrap_native(rt, "Timeout.__aexit__", timeout_aexit_impl(rt, self, args[0], args[1]));
}
static Value m_on_timeout(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Timeout._on_timeout")) return nullptr;
  return on_timeout(rt, self, a);
}

static Value g_state(Runtime& rt, const Value& s) { return make_str(rt, state_value(T(s)->state)); }
static Value g_when(Runtime& rt, const Value& s) {
  Value w = T(s)->when;
  return w ? w : rt.None();
}
static Value g_task(Runtime& rt, const Value& s) {
  Value t = T(s)->task;
  return t ? t : rt.None();
}
static Value g_handler(Runtime& rt, const Value& s) {
  Value h = T(s)->handler;
  return h ? h : rt.None();
}
static Value g_cancelling(Runtime& rt, const Value& s) { return make_int(rt, T(s)->cancelling); }

static const MethodDef kTimeoutMethods[] = {
    {"when", m_when},         {"reschedule", m_reschedule}, {"expired", m_expired},
    {"__aenter__", m_aenter}, {"__aexit__", m_aexit},       {"_on_timeout", m_on_timeout},
    {nullptr, nullptr},
};
static const GetSetDef kTimeoutGetSets[] = {
    {"_when", g_when},   {"_task", g_task}, {"_timeout_handler", g_handler}, {"_cancelling", g_cancelling},
    {"_state_value", g_state}, {nullptr, nullptr},
};

static TypeObject* timeout_type(Runtime& rt) {
  TypeSlots s;
  s.dealloc = to_dealloc;
  s.traverse = to_traverse;
  s.clear = to_dealloc;
  s.repr = to_repr;
  s.new_ = to_new;
  s.init = to_init;
  return toolkit_type(rt, "asyncio.Timeout",
                      TypeSpec{"Timeout", nullptr, sizeof(TimeoutObject), kTypeGc | kTypeBaseType | kTypeHasDict,
                               kTimeoutMethods, kTimeoutGetSets, "asyncio.timeouts"},
                      s);
}

TypeObject* toolkit_timeout_type(Runtime& rt) { return timeout_type(rt); }

Value toolkit_timeout(Runtime& rt, const Value& delay) {
  Value loop = get_running_loop(rt);
  if (!loop) return rt.raise(rt.t.RuntimeError, "no running event loop");
  if (rt.is_none(delay)) return new_timeout(rt, Value());
  Value now = loop_time_any(rt, loop);
  if (!now) return nullptr;
  Value when = binary_op(rt, now, delay, BinOp::Add);
  if (!when) return nullptr;
  return new_timeout(rt, when);
}

Value toolkit_timeout_at(Runtime& rt, const Value& when) { return new_timeout(rt, when); }

// --- module names ---
static Value a_timeout(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "timeout", {"delay"}, 1, 1, args, 0)) return nullptr;
  return toolkit_timeout(rt, args[0]);
}
static Value a_timeout_at(Runtime& rt, const Value&, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "timeout_at", {"when"}, 1, 1, args, 0)) return nullptr;
  return toolkit_timeout_at(rt, args[0]);
}

void add_timeout_names(Runtime& rt, const Value& m) {
  module_add(rt, m, "timeout", make_builtin_function(rt, "timeout", a_timeout, m));
  module_add(rt, m, "timeout_at", make_builtin_function(rt, "timeout_at", a_timeout_at, m));
  module_add(rt, m, "Timeout", Value::borrow(timeout_type(rt)));
}

}  // namespace ls
