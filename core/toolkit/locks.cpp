// asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier — CPython 3.11's
// locks.py in C++. The coroutines (acquire, wait, ...) are C++ coroutines; the fairness and
// cancellation rules are those of locks.py:
//  - Lock.acquire() takes the lock at once only if nobody (not cancelled) is queued; a waiter
//    woken by release() but cancelled before it runs wakes the next one.
//  - Semaphore hands its value to the woken waiter at release() time; a woken-then-cancelled
//    waiter gives it back and wakes the next.
//  - Condition.wait() always re-acquires the lock before returning, even when cancelled.
// The types can be subclassed (instances have a __dict__); the async-with protocol calls
// acquire()/release() through the instance, so overriding them works as in CPython.
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/native.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/locks.hpp"
#include "toolkit/util.hpp"

namespace ls {

struct LockObject : Object {
  Value loop;
  std::deque<Value>* waiters;  // null: None (created on first contention)
  bool locked;
};

struct EventObject : Object {
  Value loop;
  std::deque<Value>* waiters;
  bool value;
};

struct ConditionObject : Object {
  Value loop;
  std::deque<Value>* waiters;
  Value lock;
};

struct SemaphoreObject : Object {
  Value loop;
  std::deque<Value>* waiters;  // null: None
  // _value and _bound_value hold whatever the program gave (locks.py only compares them with 0
  // and adds/subtracts 1): Semaphore(1.5) counts 1.5, 0.5, ... Null before __init__.
  Value value;
  Value bound_value;
};

enum class BarrierState : uint8_t { Filling, Draining, Resetting, Broken };

struct BarrierObject : Object {
  Value loop;
  Value cond;
  Value parties;  // as given (Barrier(1.5) is accepted: `index + 1 == self._parties` is never true)
  int64_t count;
  BarrierState state;
};

LockTypes& lock_types(Runtime& rt);

// ---------------------------------------------------------------------------------------------
// Shared pieces

static std::deque<Value>& waiters_of(std::deque<Value>*& w) {
  if (!w) w = new std::deque<Value>();
  return *w;
}

static void free_waiters(std::deque<Value>*& w) {
  if (w) {
    auto* d = w;
    w = nullptr;
    delete d;
  }
}

static void visit_waiters(std::deque<Value>* w, Visitor& v) {
  if (w) {
    for (const Value& f : *w) v(f);
  }
}

static bool check_no_args(Runtime& rt, CallArgs a, const char* fname) {
  Value dummy[1];
  return bind_args(rt, a, fname, {}, 0, 0, dummy);
}

static Value repr_with(Runtime& rt, const Value& self, const std::string& extra) {
  return make_str(rt, "<" + object_repr_inner(rt, self) + " [" + extra + "]>");
}

// fut.done() / fut.cancelled() for the waiter futures (created by loop.create_future()).
static int fdone(Runtime& rt, const Value& f) { return future_like_done(rt, f); }

static Value cancelled_error_type(Runtime& rt) { return Value::borrow(asyncio_state(rt).cancelled_error); }
static bool is_cancelled_error(Runtime& rt, const Value& e) {
  return isinstance(rt, e, asyncio_state(rt).cancelled_error);
}

// The waiter the coroutine awaited must leave the queue whatever happens (`finally:
// self._waiters.remove(fut)`); a missing one is deque.remove's ValueError.
static bool remove_waiter(Runtime& rt, std::deque<Value>* w, const Value& fut) {
  if (w && deque_remove(*w, fut)) return true;
  if (!w) {  // _waiters is None (reset by a second __init__)
    rt.raise(rt.t.AttributeError, "'NoneType' object has no attribute 'remove'");
    return false;
  }
  std::string r;
  if (!repr_string(rt, fut, &r)) return false;
  rt.raise(rt.t.ValueError, r + " is not in deque");  // CPython 3.11's deque.remove message
  return false;
}

// --- the async-with mixin: __aenter__ awaits self.acquire(), __aexit__ calls self.release() ---

static NativeCoro lock_acquire_impl(Runtime& rt, Value self);
static NativeCoro sem_acquire_impl(Runtime& rt, Value self);
static bool lock_release(Runtime& rt, const Value& self);
static bool sem_release(Runtime& rt, const Value& self);

static NativeCoro cm_aenter_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  LockTypes& lt = lock_types(rt);
  TypeObject* t = self.type(rt);
  Outcome r;
  if (is_subtype(t, lt.lock) && !overrides(rt, self, lt.lock, "acquire")) {
    SubCoro sub(lock_acquire_impl(rt, self));
    LS_AWAIT(io, sub);
    r = std::move(io);
  } else if (is_subtype(t, lt.semaphore) && !overrides(rt, self, lt.semaphore, "acquire")) {
    SubCoro sub(sem_acquire_impl(rt, self));
    LS_AWAIT(io, sub);
    r = std::move(io);
  } else {
    Value aw = call_method(rt, self, rt.intern("acquire"), {});
    if (!aw) co_return Outcome::from_error(rt);
    auto seen = gc_scope(co_await this_promise(), &aw);
    Delegate sub(rt, aw);
    LS_AWAIT(io, sub);
    r = std::move(io);
  }
  if (r.failed()) co_return r;
  co_return Outcome::ok(rt.None());
}

static NativeCoro cm_aexit_impl(Runtime& rt, Value self) {
  LockTypes& lt = lock_types(rt);
  TypeObject* t = self.type(rt);
  bool ok;
  if (is_subtype(t, lt.lock) && !overrides(rt, self, lt.lock, "release")) {
    ok = lock_release(rt, self);
  } else if (t == lt.semaphore) {
    ok = sem_release(rt, self);
  } else {
    ok = static_cast<bool>(call_method(rt, self, rt.intern("release"), {}));
  }
  if (!ok) co_return Outcome::from_error(rt);
  co_return Outcome::ok(rt.None());
}

static Value m_cm_aenter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "_ContextManagerMixin.__aenter__")) return nullptr;
  return wrap_native(rt, "_ContextManagerMixin.__aenter__", cm_aenter_impl(rt, self));
}
static Value m_cm_aexit(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "_ContextManagerMixin.__aexit__", {"exc_type", "exc", "tb"}, 3, 3, args)) return nullptr;
  return wrap_native(rt, "_ContextManagerMixin.__aexit__", cm_aexit_impl(rt, self));
}

// ---------------------------------------------------------------------------------------------
// Lock

static LockObject* L(const Value& v) { return static_cast<LockObject*>(v.obj()); }

static bool lock_wake_up_first(Runtime& rt, LockObject* l) {
  if (!l->waiters || l->waiters->empty()) return true;
  Value fut = l->waiters->front();
  int d = fdone(rt, fut);
  if (d < 0) return false;
  if (!d) return set_result_any(rt, fut, rt.True());
  return true;
}

static NativeCoro lock_acquire_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  LockObject* l = L(self);
  if (!l->locked) {
    bool all_cancelled = true;
    if (l->waiters) {
      std::vector<Value> snap(l->waiters->begin(), l->waiters->end());
      for (const Value& w : snap) {
        int c = future_like_cancelled(rt, w);
        if (c < 0) co_return Outcome::from_error(rt);
        if (!c) {
          all_cancelled = false;
          break;
        }
      }
    }
    if (all_cancelled) {
      l->locked = true;
      co_return Outcome::ok(rt.True());
    }
  }
  waiters_of(l->waiters);
  Value loop = bound_loop(rt, self, l->loop);
  if (!loop) co_return Outcome::from_error(rt);
  Value fut = create_future_on(rt, loop);
  if (!fut) co_return Outcome::from_error(rt);
  co_await gc_visible(&loop, &fut);
  l->waiters->push_back(fut);
  Outcome r = co_await await_future(rt, fut);
  if (!remove_waiter(rt, l->waiters, fut)) co_return Outcome::from_error(rt);
  if (r.failed()) {
    if (is_cancelled_error(rt, r.error) && !l->locked) {
      if (!lock_wake_up_first(rt, l)) co_return Outcome::from_error(rt);
    }
    co_return r;
  }
  l->locked = true;
  co_return Outcome::ok(rt.True());
}

static bool lock_release(Runtime& rt, const Value& self) {
  LockObject* l = L(self);
  if (!l->locked) {
    rt.raise(rt.t.RuntimeError, "Lock is not acquired.");
    return false;
  }
  l->locked = false;
  return lock_wake_up_first(rt, l);
}

static Value lock_new(Runtime& rt, TypeObject* type, CallArgs) {
  Object* o = alloc_object(rt, type);
  Value v = Value::steal(o);
  gc_track(rt, o);
  return v;
}
static bool lock_init(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Lock.__init__")) return false;
  LockObject* l = L(self);
  free_waiters(l->waiters);
  l->locked = false;
  return true;
}
static void lock_dealloc(Object* o) {
  auto* l = static_cast<LockObject*>(o);
  l->loop.reset();
  free_waiters(l->waiters);
}
static void lock_traverse(Object* o, Visitor& v) {
  auto* l = static_cast<LockObject*>(o);
  v(l->loop);
  visit_waiters(l->waiters, v);
}
static Value lock_repr(Runtime& rt, const Value& self) {
  LockObject* l = L(self);
  std::string extra = l->locked ? "locked" : "unlocked";
  if (l->waiters && !l->waiters->empty()) extra += ", waiters:" + std::to_string(l->waiters->size());
  return repr_with(rt, self, extra);
}
static Value m_lock_locked(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Lock.locked")) return nullptr;
  return rt.Bool(L(self)->locked);
}
static Value m_lock_acquire(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Lock.acquire")) return nullptr;
  return wrap_native(rt, "Lock.acquire", lock_acquire_impl(rt, self));
}
static Value m_lock_release(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Lock.release")) return nullptr;
  if (!lock_release(rt, self)) return nullptr;
  return rt.None();
}
static Value m_lock_wake_up_first(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Lock._wake_up_first")) return nullptr;
  if (!lock_wake_up_first(rt, L(self))) return nullptr;
  return rt.None();
}
static Value g_lock_locked(Runtime& rt, const Value& s) { return rt.Bool(L(s)->locked); }
static bool s_lock_locked(Runtime& rt, const Value& s, const Value& v) {
  int t = v ? truthy(rt, v) : 0;
  if (t < 0) return false;
  L(s)->locked = t;
  return true;
}
static Value g_lock_waiters(Runtime& rt, const Value& s) { return deque_snapshot(rt, L(s)->waiters, true); }

// _loop for every primitive (first field after the header in each struct).
struct LoopHolder : Object {
  Value loop;
};
static Value g_loop(Runtime& rt, const Value& s) {
  Value l = static_cast<LoopHolder*>(s.obj())->loop;
  return l ? l : rt.None();
}
static bool s_loop(Runtime& rt, const Value& s, const Value& v) {
  static_cast<LoopHolder*>(s.obj())->loop = (v && !rt.is_none(v)) ? v : Value();
  return true;
}
static Value m_get_loop(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "_LoopBoundMixin._get_loop")) return nullptr;
  return bound_loop(rt, self, static_cast<LoopHolder*>(self.obj())->loop);
}

static const MethodDef kLockMethods[] = {
    {"locked", m_lock_locked},
    {"acquire", m_lock_acquire},
    {"release", m_lock_release},
    {"_wake_up_first", m_lock_wake_up_first},
    {"__aenter__", m_cm_aenter},
    {"__aexit__", m_cm_aexit},
    {"_get_loop", m_get_loop},
    {nullptr, nullptr},
};
static const GetSetDef kLockGetSets[] = {
    {"_locked", g_lock_locked, s_lock_locked},
    {"_waiters", g_lock_waiters},
    {"_loop", g_loop, s_loop},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Event

static EventObject* E(const Value& v) { return static_cast<EventObject*>(v.obj()); }

static NativeCoro event_wait_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  EventObject* e = E(self);
  if (e->value) co_return Outcome::ok(rt.True());
  Value loop = bound_loop(rt, self, e->loop);
  if (!loop) co_return Outcome::from_error(rt);
  Value fut = create_future_on(rt, loop);
  if (!fut) co_return Outcome::from_error(rt);
  co_await gc_visible(&loop, &fut);
  waiters_of(e->waiters).push_back(fut);
  Outcome r = co_await await_future(rt, fut);
  if (!remove_waiter(rt, e->waiters, fut)) co_return Outcome::from_error(rt);
  if (r.failed()) co_return r;
  co_return Outcome::ok(rt.True());
}

NativeCoro event_wait(Runtime& rt, Value event) { return event_wait_impl(rt, std::move(event)); }

bool event_set(Runtime& rt, const Value& self) {
  EventObject* e = E(self);
  if (e->value) return true;
  e->value = true;
  if (!e->waiters) return true;
  std::vector<Value> snap(e->waiters->begin(), e->waiters->end());
  for (const Value& fut : snap) {
    int d = fdone(rt, fut);
    if (d < 0) return false;
    if (!d && !set_result_any(rt, fut, rt.True())) return false;
  }
  return true;
}

void event_clear(const Value& self) { E(self)->value = false; }

bool event_is_set(const Value& self) { return E(self)->value; }

static bool event_init(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Event.__init__")) return false;
  EventObject* e = E(self);
  free_waiters(e->waiters);
  waiters_of(e->waiters);
  e->value = false;
  return true;
}
static void event_dealloc(Object* o) {
  auto* e = static_cast<EventObject*>(o);
  e->loop.reset();
  free_waiters(e->waiters);
}
static void event_traverse(Object* o, Visitor& v) {
  auto* e = static_cast<EventObject*>(o);
  v(e->loop);
  visit_waiters(e->waiters, v);
}
static Value event_repr(Runtime& rt, const Value& self) {
  EventObject* e = E(self);
  std::string extra = e->value ? "set" : "unset";
  if (e->waiters && !e->waiters->empty()) extra += ", waiters:" + std::to_string(e->waiters->size());
  return repr_with(rt, self, extra);
}
static Value m_event_is_set(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Event.is_set")) return nullptr;
  return rt.Bool(E(self)->value);
}
static Value m_event_set(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Event.set")) return nullptr;
  if (!event_set(rt, self)) return nullptr;
  return rt.None();
}
static Value m_event_clear(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Event.clear")) return nullptr;
  E(self)->value = false;
  return rt.None();
}
static Value m_event_wait(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Event.wait")) return nullptr;
  return wrap_native(rt, "Event.wait", event_wait_impl(rt, self));
}
static Value g_event_value(Runtime& rt, const Value& s) { return rt.Bool(E(s)->value); }
static bool s_event_value(Runtime& rt, const Value& s, const Value& v) {
  int t = v ? truthy(rt, v) : 0;
  if (t < 0) return false;
  E(s)->value = t;
  return true;
}
static Value g_event_waiters(Runtime& rt, const Value& s) { return deque_snapshot(rt, E(s)->waiters, false); }

static const MethodDef kEventMethods[] = {
    {"is_set", m_event_is_set}, {"set", m_event_set},       {"clear", m_event_clear},
    {"wait", m_event_wait},     {"_get_loop", m_get_loop}, {nullptr, nullptr},
};
static const GetSetDef kEventGetSets[] = {
    {"_value", g_event_value, s_event_value},
    {"_waiters", g_event_waiters},
    {"_loop", g_loop, s_loop},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Condition

static ConditionObject* C(const Value& v) { return static_cast<ConditionObject*>(v.obj()); }

// self.locked() / self.release() / self.acquire(): instance attributes bound to the lock.
static int cond_locked(Runtime& rt, const Value& self) {
  Value r = call_method(rt, self, rt.intern("locked"), {});
  if (!r) return -1;
  return truthy(rt, r);
}

static NativeCoro cond_wait_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  ConditionObject* c = C(self);
  int lk = cond_locked(rt, self);
  if (lk < 0) co_return Outcome::from_error(rt);
  if (!lk) {
    rt.raise(rt.t.RuntimeError, "cannot wait on un-acquired lock");
    co_return Outcome::from_error(rt);
  }
  if (!call_method(rt, self, rt.intern("release"), {})) co_return Outcome::from_error(rt);
  Outcome result;
  co_await gc_visible(&result.value, &result.error);
  {
    Value loop = bound_loop(rt, self, c->loop);
    Value fut = loop ? create_future_on(rt, loop) : Value();
    auto seen = gc_scope(co_await this_promise(), &loop, &fut);
    if (!fut) {
      result = Outcome::from_error(rt);
    } else {
      waiters_of(c->waiters).push_back(fut);
      Outcome r = co_await await_future(rt, fut);
      if (!remove_waiter(rt, c->waiters, fut)) result = Outcome::from_error(rt);
      else result = r.failed() ? std::move(r) : Outcome::ok(rt.True());
    }
  }
  // finally: re-acquire the lock, even when cancelled.
  bool cancelled = false;
  for (;;) {
    Value aw = call_method(rt, self, rt.intern("acquire"), {});
    if (!aw) co_return Outcome::from_error(rt);
    auto seen = gc_scope(co_await this_promise(), &aw);
    Delegate sub(rt, aw);
    LS_AWAIT(io, sub);
    if (!io.failed()) break;
    if (is_cancelled_error(rt, io.error)) {
      cancelled = true;
      continue;
    }
    co_return io;
  }
  if (cancelled) {
    Value e = call(rt, cancelled_error_type(rt), CallArgs{});
    if (!e) co_return Outcome::from_error(rt);
    if (result.failed() && !as_exc(e)->context) as_exc(e)->context = result.error;
    co_return Outcome::err(std::move(e));
  }
  co_return result;
}

static NativeCoro cond_wait_for_impl(Runtime& rt, Value self, Value predicate) {
  LockTypes& lt = lock_types(rt);
  Value result = call(rt, predicate, CallArgs{});
  co_await gc_visible(&self, &predicate, &result);
  if (!result) co_return Outcome::from_error(rt);
  for (;;) {
    int t = truthy(rt, result);
    if (t < 0) co_return Outcome::from_error(rt);
    if (t) break;
    Outcome w;
    if (!overrides(rt, self, lt.condition, "wait")) {
      SubCoro sub(cond_wait_impl(rt, self));
      LS_AWAIT(io, sub);
      w = std::move(io);
    } else {
      Value aw = call_method(rt, self, rt.intern("wait"), {});
      if (!aw) co_return Outcome::from_error(rt);
      auto seen = gc_scope(co_await this_promise(), &aw);
      Delegate sub(rt, aw);
      LS_AWAIT(io, sub);
      w = std::move(io);
    }
    if (w.failed()) co_return w;
    result = call(rt, predicate, CallArgs{});
    if (!result) co_return Outcome::from_error(rt);
  }
  co_return Outcome::ok(result);
}

static bool cond_notify(Runtime& rt, const Value& self, const Value& n) {
  int lk = cond_locked(rt, self);
  if (lk < 0) return false;
  if (!lk) {
    rt.raise(rt.t.RuntimeError, "cannot notify on un-acquired lock");
    return false;
  }
  ConditionObject* c = C(self);
  if (!c->waiters) return true;
  std::vector<Value> snap(c->waiters->begin(), c->waiters->end());
  int64_t idx = 0;
  for (const Value& fut : snap) {
    if (n.is_small()) {
      if (idx >= n.small_value()) break;
    } else {
      int ge = rich_compare_bool(rt, Value::small(idx), n, CmpOp::Ge);
      if (ge < 0) return false;
      if (ge) break;
    }
    int d = fdone(rt, fut);
    if (d < 0) return false;
    if (!d) {
      idx += 1;
      if (!set_result_any(rt, fut, rt.False())) return false;
    }
  }
  return true;
}

static bool cond_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Condition.__init__", {"lock"}, 1, 0, args)) return false;
  Value lock = args[0];
  if (!lock || rt.is_none(lock)) {
    lock = call(rt, Value::borrow(lock_types(rt).lock), CallArgs{});
    if (!lock) return false;
  }
  ConditionObject* c = C(self);
  c->lock = lock;
  for (const char* name : {"locked", "acquire", "release"}) {
    Value m = getattr(rt, lock, rt.intern(name));
    if (!m || !setattr(rt, self, rt.intern(name), m)) return false;
  }
  free_waiters(c->waiters);
  waiters_of(c->waiters);
  return true;
}
static void cond_dealloc(Object* o) {
  auto* c = static_cast<ConditionObject*>(o);
  c->loop.reset();
  c->lock.reset();
  free_waiters(c->waiters);
}
static void cond_traverse(Object* o, Visitor& v) {
  auto* c = static_cast<ConditionObject*>(o);
  v(c->loop);
  v(c->lock);
  visit_waiters(c->waiters, v);
}
static Value cond_repr(Runtime& rt, const Value& self) {
  int lk = cond_locked(rt, self);
  if (lk < 0) return nullptr;
  ConditionObject* c = C(self);
  std::string extra = lk ? "locked" : "unlocked";
  if (c->waiters && !c->waiters->empty()) extra += ", waiters:" + std::to_string(c->waiters->size());
  return repr_with(rt, self, extra);
}
static Value m_cond_wait(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Condition.wait")) return nullptr;
  return wrap_native(rt, "Condition.wait", cond_wait_impl(rt, self));
}
static Value m_cond_wait_for(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Condition.wait_for", {"predicate"}, 1, 1, args)) return nullptr;
  return wrap_native(rt, "Condition.wait_for", cond_wait_for_impl(rt, self, args[0]));
}
static Value m_cond_notify(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Condition.notify", {"n"}, 1, 0, args)) return nullptr;
  if (!cond_notify(rt, self, args[0] ? args[0] : Value::small(1))) return nullptr;
  return rt.None();
}
static Value m_cond_notify_all(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Condition.notify_all")) return nullptr;
  ConditionObject* c = C(self);
  int64_t n = c->waiters ? static_cast<int64_t>(c->waiters->size()) : 0;
  if (!cond_notify(rt, self, Value::small(n))) return nullptr;
  return rt.None();
}
static Value g_cond_lock(Runtime& rt, const Value& s) {
  Value l = C(s)->lock;
  return l ? l : rt.None();
}
static Value g_cond_waiters(Runtime& rt, const Value& s) { return deque_snapshot(rt, C(s)->waiters, false); }

static const MethodDef kCondMethods[] = {
    {"wait", m_cond_wait},
    {"wait_for", m_cond_wait_for},
    {"notify", m_cond_notify},
    {"notify_all", m_cond_notify_all},
    {"__aenter__", m_cm_aenter},
    {"__aexit__", m_cm_aexit},
    {"_get_loop", m_get_loop},
    {nullptr, nullptr},
};
static const GetSetDef kCondGetSets[] = {
    {"_lock", g_cond_lock},
    {"_waiters", g_cond_waiters},
    {"_loop", g_loop, s_loop},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Semaphore / BoundedSemaphore

static SemaphoreObject* S(const Value& v) { return static_cast<SemaphoreObject*>(v.obj()); }

// `self._value OP k` for the semaphore's counter (small ints without the number protocol).
static Value no_attribute(Runtime& rt, const Object* self, const char* name) {
  return rt.raise(rt.t.AttributeError, "'" + type_name(rt, Value::borrow(const_cast<Object*>(self))) +
                                           "' object has no attribute '" + name + "'");
}

static int value_cmp(Runtime& rt, const SemaphoreObject* s, int64_t k, CmpOp op) {
  const Value& v = s->value;
  if (v.is_small()) {
    int64_t x = v.small_value();
    switch (op) {
      case CmpOp::Lt: return x < k;
      case CmpOp::Le: return x <= k;
      case CmpOp::Eq: return x == k;
      case CmpOp::Ne: return x != k;
      case CmpOp::Gt: return x > k;
      case CmpOp::Ge: return x >= k;
    }
  }
  if (!v) {
    no_attribute(rt, s, "_value");
    return -1;
  }
  Value r = rich_compare(rt, v, Value::small(k), op);
  if (!r) return -1;
  return truthy(rt, r);
}

// `self._value += d` / `-= d` (d is 1).
static bool value_add(Runtime& rt, SemaphoreObject* s, int64_t d) {
  Value& slot = s->value;
  if (slot.is_small() && Value::fits_small(slot.small_value() + d)) {
    slot = Value::small(slot.small_value() + d);
    return true;
  }
  if (!slot) {
    no_attribute(rt, s, "_value");
    return false;
  }
  Value r = inplace_op(rt, slot, Value::small(d < 0 ? -d : d), d < 0 ? BinOp::Sub : BinOp::Add);
  if (!r) return false;
  slot = r;
  return true;
}

// locked(): `self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))` -- the
// comparison's own result when it is true.
static Value sem_locked_value(Runtime& rt, SemaphoreObject* s) {
  if (s->value.is_small()) {
    if (s->value.small_value() == 0) return rt.True();
  } else {
    if (!s->value) return no_attribute(rt, s, "_value");
    Value eq = rich_compare(rt, s->value, Value::small(0), CmpOp::Eq);
    if (!eq) return nullptr;
    int t = truthy(rt, eq);
    if (t < 0) return nullptr;
    if (t) return eq;
  }
  if (!s->waiters) return rt.False();
  std::vector<Value> snap(s->waiters->begin(), s->waiters->end());
  for (const Value& w : snap) {
    int c = future_like_cancelled(rt, w);
    if (c < 0) return nullptr;
    if (!c) return rt.True();
  }
  return rt.False();
}

static int sem_locked(Runtime& rt, SemaphoreObject* s) {
  if (s->value.is_small() && s->value.small_value() == 0) return 1;
  if (!s->value.is_small()) {
    Value r = sem_locked_value(rt, s);
    if (!r) return -1;
    return truthy(rt, r);
  }
  if (!s->waiters) return 0;
  std::vector<Value> snap(s->waiters->begin(), s->waiters->end());
  for (const Value& w : snap) {
    int c = future_like_cancelled(rt, w);
    if (c < 0) return -1;
    if (!c) return 1;
  }
  return 0;
}

static bool sem_wake_up_next(Runtime& rt, SemaphoreObject* s) {
  if (!s->waiters || s->waiters->empty()) return true;
  std::vector<Value> snap(s->waiters->begin(), s->waiters->end());
  for (const Value& fut : snap) {
    int d = fdone(rt, fut);
    if (d < 0) return false;
    if (!d) {
      if (!value_add(rt, s, -1)) return false;
      return set_result_any(rt, fut, rt.True());
    }
  }
  return true;
}

// `self.locked()` as Semaphore.acquire() calls it: a subclass may override locked().
static int sem_locked_method(Runtime& rt, const Value& self) {
  TypeObject* t = self.type(rt);
  if (t->flags & kTypeHeapType) {
    StrObject* name = rt.intern("locked");
    Object* m = type_lookup(t, name);
    if (m && m != type_lookup(lock_types(rt).semaphore, name)) {
      Value r = call_method(rt, self, name, {});
      if (!r) return -1;
      return truthy(rt, r);
    }
  }
  return sem_locked(rt, S(self));
}

static NativeCoro sem_acquire_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  SemaphoreObject* s = S(self);
  int lk = sem_locked_method(rt, self);
  if (lk < 0) co_return Outcome::from_error(rt);
  if (!lk) {
    if (!value_add(rt, s, -1)) co_return Outcome::from_error(rt);
    co_return Outcome::ok(rt.True());
  }
  waiters_of(s->waiters);
  Value loop = bound_loop(rt, self, s->loop);
  if (!loop) co_return Outcome::from_error(rt);
  Value fut = create_future_on(rt, loop);
  if (!fut) co_return Outcome::from_error(rt);
  co_await gc_visible(&loop, &fut);
  s->waiters->push_back(fut);
  Outcome r = co_await await_future(rt, fut);
  if (!remove_waiter(rt, s->waiters, fut)) co_return Outcome::from_error(rt);
  if (r.failed()) {
    if (is_cancelled_error(rt, r.error)) {
      int c = future_like_cancelled(rt, fut);
      if (c < 0) co_return Outcome::from_error(rt);
      if (!c) {
        if (!value_add(rt, s, 1) || !sem_wake_up_next(rt, s)) co_return Outcome::from_error(rt);
      }
    }
    co_return r;
  }
  int gt = value_cmp(rt, s, 0, CmpOp::Gt);
  if (gt < 0 || (gt && !sem_wake_up_next(rt, s))) co_return Outcome::from_error(rt);
  co_return Outcome::ok(rt.True());
}

static bool sem_release(Runtime& rt, const Value& self) {
  SemaphoreObject* s = S(self);
  if (!value_add(rt, s, 1)) return false;
  return sem_wake_up_next(rt, s);
}

static bool sem_set_value(Runtime& rt, SemaphoreObject* s, const Value& value) {
  int lt = rich_compare_bool(rt, value, Value::small(0), CmpOp::Lt);
  if (lt < 0) return false;
  if (lt) {
    rt.raise(rt.t.ValueError, "Semaphore initial value must be >= 0");
    return false;
  }
  free_waiters(s->waiters);
  s->value = value;
  return true;
}

static bool sem_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Semaphore.__init__", {"value"}, 1, 0, args)) return false;
  return sem_set_value(rt, S(self), args[0] ? args[0] : Value::small(1));
}
static bool bsem_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "BoundedSemaphore.__init__", {"value"}, 1, 0, args)) return false;
  Value value = args[0] ? args[0] : Value::small(1);
  S(self)->bound_value = value;  // self._bound_value = value; super().__init__(value)
  return sem_set_value(rt, S(self), value);
}
static void sem_dealloc(Object* o) {
  auto* s = static_cast<SemaphoreObject*>(o);
  s->loop.reset();
  s->value.reset();
  s->bound_value.reset();
  free_waiters(s->waiters);
}
static void sem_traverse(Object* o, Visitor& v) {
  auto* s = static_cast<SemaphoreObject*>(o);
  v(s->loop);
  v(s->value);
  v(s->bound_value);
  visit_waiters(s->waiters, v);
}
static Value sem_repr(Runtime& rt, const Value& self) {
  SemaphoreObject* s = S(self);
  Value lk = call_method(rt, self, rt.intern("locked"), {});
  if (!lk) return nullptr;
  int t = truthy(rt, lk);
  if (t < 0) return nullptr;
  std::string extra = "locked";
  if (!t) {
    if (!s->value) return rt.raise(rt.t.AttributeError, "'" + type_name(rt, self) + "' object has no attribute '_value'");
    Value f = format(rt, s->value, make_str(rt, ""));
    if (!f) return nullptr;
    std::string fs;
    if (!str_string(rt, f, &fs)) return nullptr;
    extra = "unlocked, value:" + fs;
  }
  if (s->waiters && !s->waiters->empty()) extra += ", waiters:" + std::to_string(s->waiters->size());
  return repr_with(rt, self, extra);
}
static Value m_sem_locked(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Semaphore.locked")) return nullptr;
  return sem_locked_value(rt, S(self));
}
static Value m_sem_acquire(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Semaphore.acquire")) return nullptr;
  return wrap_native(rt, "Semaphore.acquire", sem_acquire_impl(rt, self));
}
static Value m_sem_release(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Semaphore.release")) return nullptr;
  if (!sem_release(rt, self)) return nullptr;
  return rt.None();
}
static Value m_sem_wake_up_next(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Semaphore._wake_up_next")) return nullptr;
  if (!sem_wake_up_next(rt, S(self))) return nullptr;
  return rt.None();
}
static Value m_bsem_release(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "BoundedSemaphore.release")) return nullptr;
  SemaphoreObject* s = S(self);
  if (!s->value) return no_attribute(rt, s, "_value");
  if (!s->bound_value) return no_attribute(rt, s, "_bound_value");
  int ge;
  if (s->value.is_small() && s->bound_value.is_small()) {
    ge = s->value.small_value() >= s->bound_value.small_value();
  } else {
    Value r = rich_compare(rt, s->value, s->bound_value, CmpOp::Ge);
    ge = r ? truthy(rt, r) : -1;
  }
  if (ge < 0) return nullptr;
  if (ge) return rt.raise(rt.t.ValueError, "BoundedSemaphore released too many times");
  if (!sem_release(rt, self)) return nullptr;
  return rt.None();
}
static Value g_sem_value(Runtime& rt, const Value& s) {
  Value v = S(s)->value;
  return v ? v : rt.raise(rt.t.AttributeError, "'" + type_name(rt, s) + "' object has no attribute '_value'");
}
static bool s_sem_value(Runtime& rt, const Value& s, const Value& v) {
  if (!v) {
    rt.raise(rt.t.AttributeError, "cannot delete attribute");
    return false;
  }
  S(s)->value = v;
  return true;
}
static Value g_sem_bound(Runtime& rt, const Value& s) {
  Value v = S(s)->bound_value;
  return v ? v : rt.raise(rt.t.AttributeError, "'" + type_name(rt, s) + "' object has no attribute '_bound_value'");
}
static bool s_sem_bound(Runtime& rt, const Value& s, const Value& v) {
  if (!v) {
    rt.raise(rt.t.AttributeError, "cannot delete attribute");
    return false;
  }
  S(s)->bound_value = v;
  return true;
}
static Value g_sem_waiters(Runtime& rt, const Value& s) { return deque_snapshot(rt, S(s)->waiters, true); }

static const MethodDef kSemMethods[] = {
    {"locked", m_sem_locked},
    {"acquire", m_sem_acquire},
    {"release", m_sem_release},
    {"_wake_up_next", m_sem_wake_up_next},
    {"__aenter__", m_cm_aenter},
    {"__aexit__", m_cm_aexit},
    {"_get_loop", m_get_loop},
    {nullptr, nullptr},
};
static const GetSetDef kSemGetSets[] = {
    {"_value", g_sem_value, s_sem_value},
    {"_waiters", g_sem_waiters},
    {"_loop", g_loop, s_loop},
    {nullptr, nullptr},
};
static const MethodDef kBSemMethods[] = {{"release", m_bsem_release}, {nullptr, nullptr}};
static const GetSetDef kBSemGetSets[] = {{"_bound_value", g_sem_bound, s_sem_bound}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------------------------
// Barrier

static BarrierObject* B(const Value& v) { return static_cast<BarrierObject*>(v.obj()); }

static const char* barrier_state_value(BarrierState s) {
  switch (s) {
    case BarrierState::Filling: return "filling";
    case BarrierState::Draining: return "draining";
    case BarrierState::Resetting: return "resetting";
    case BarrierState::Broken: return "broken";
  }
  return "filling";
}

static Value broken_barrier(Runtime& rt, const char* msg) {
  return rt.raise(toolkit_exceptions(rt).broken_barrier, msg);
}

// await self._cond.wait_for(pred) where the predicate reads the barrier's state.
static NativeCoro barrier_cond_wait_for(Runtime& rt, Value self, bool (*pred)(BarrierObject*)) {
  co_await gc_visible(&self);
  BarrierObject* b = B(self);
  while (!pred(b)) {
    SubCoro sub(cond_wait_impl(rt, b->cond));
    LS_AWAIT(io, sub);
    if (io.failed()) co_return io;
  }
  co_return Outcome::ok(rt.True());
}

static bool not_draining_or_resetting(BarrierObject* b) {
  return b->state != BarrierState::Draining && b->state != BarrierState::Resetting;
}
static bool not_filling(BarrierObject* b) { return b->state != BarrierState::Filling; }

static bool cond_notify_all(Runtime& rt, const Value& cond) {
  ConditionObject* c = C(cond);
  return cond_notify(rt, cond, Value::small(c->waiters ? static_cast<int64_t>(c->waiters->size()) : 0));
}

// _exit(): the last task out of the barrier lets the next round in.
static bool barrier_exit(Runtime& rt, BarrierObject* b) {
  if (b->count == 0) {
    if (b->state == BarrierState::Resetting || b->state == BarrierState::Draining) b->state = BarrierState::Filling;
    if (!cond_notify_all(rt, b->cond)) return false;
  }
  return true;
}

// async with self._cond: (acquire through the condition's lock)
static NativeCoro cond_enter(Runtime& rt, Value cond) {
  co_await gc_visible(&cond);
  SubCoro sub(cm_aenter_impl(rt, cond));
  LS_AWAIT(io, sub);
  co_return io;
}

static NativeCoro barrier_wait_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  BarrierObject* b = B(self);
  {
    SubCoro sub(cond_enter(rt, b->cond));
    LS_AWAIT(io, sub);
    if (io.failed()) co_return io;
  }
  Outcome body;
  {
    // await self._block()
    SubCoro sub(barrier_cond_wait_for(rt, self, not_draining_or_resetting));
    LS_AWAIT(io, sub);
    body = std::move(io);
  }
  if (!body.failed() && b->state == BarrierState::Broken) {
    broken_barrier(rt, "Barrier aborted");
    body = Outcome::from_error(rt);
  }
  if (!body.failed()) {
    int64_t index = b->count;
    b->count += 1;
    Outcome inner = Outcome::ok(rt.None());
    int last;
    if (b->parties.is_small()) {
      last = index + 1 == b->parties.small_value();
    } else {
      Value r = rich_compare(rt, make_int(rt, index + 1), b->parties, CmpOp::Eq);
      last = r ? truthy(rt, r) : -1;
    }
    if (last < 0) {
      inner = Outcome::from_error(rt);
    } else if (last) {
      // await self._release()
      b->state = BarrierState::Draining;
      if (!cond_notify_all(rt, b->cond)) inner = Outcome::from_error(rt);
    } else {
      // await self._wait()
      SubCoro sub(barrier_cond_wait_for(rt, self, not_filling));
      LS_AWAIT(io, sub);
      inner = std::move(io);
      if (!inner.failed() && (b->state == BarrierState::Broken || b->state == BarrierState::Resetting)) {
        broken_barrier(rt, "Abort or reset of barrier");
        inner = Outcome::from_error(rt);
      }
    }
    // finally:
    b->count -= 1;
    if (!barrier_exit(rt, b)) inner = Outcome::from_error(rt);
    body = inner.failed() ? std::move(inner) : Outcome::ok(make_int(rt, index));
  }
  // __aexit__: self.release() (through the condition)
  if (!call_method(rt, b->cond, rt.intern("release"), {})) co_return Outcome::from_error(rt);
  co_return body;
}

static NativeCoro barrier_reset_impl(Runtime& rt, Value self, bool abort) {
  co_await gc_visible(&self);
  BarrierObject* b = B(self);
  {
    SubCoro sub(cond_enter(rt, b->cond));
    LS_AWAIT(io, sub);
    if (io.failed()) co_return io;
  }
  Outcome body = Outcome::ok(rt.None());
  if (abort) {
    b->state = BarrierState::Broken;
  } else if (b->count > 0) {
    if (b->state != BarrierState::Resetting) b->state = BarrierState::Resetting;
  } else {
    b->state = BarrierState::Filling;
  }
  if (!cond_notify_all(rt, b->cond)) body = Outcome::from_error(rt);
  if (!call_method(rt, b->cond, rt.intern("release"), {})) co_return Outcome::from_error(rt);
  co_return body;
}

static NativeCoro barrier_aenter_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  LockTypes& lt = lock_types(rt);
  if (!overrides(rt, self, lt.barrier, "wait")) {
    SubCoro sub(barrier_wait_impl(rt, self));
    LS_AWAIT(io, sub);
    co_return io;
  }
  Value aw = call_method(rt, self, rt.intern("wait"), {});
  if (!aw) co_return Outcome::from_error(rt);
  co_await gc_visible(&aw);
  Delegate sub(rt, aw);
  LS_AWAIT(io, sub);
  co_return io;
}

static NativeCoro barrier_aexit_impl(Runtime& rt) { co_return Outcome::ok(rt.None()); }

static bool barrier_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "Barrier.__init__", {"parties"}, 1, 1, args)) return false;
  int lt1 = rich_compare_bool(rt, args[0], Value::small(1), CmpOp::Lt);
  if (lt1 < 0) return false;
  if (lt1) {
    rt.raise(rt.t.ValueError, "parties must be > 0");
    return false;
  }
  BarrierObject* b = B(self);
  b->cond = call(rt, Value::borrow(lock_types(rt).condition), CallArgs{});
  if (!b->cond) return false;
  b->parties = args[0];
  b->state = BarrierState::Filling;
  b->count = 0;
  return true;
}
static void barrier_dealloc(Object* o) {
  auto* b = static_cast<BarrierObject*>(o);
  b->loop.reset();
  b->cond.reset();
  b->parties.reset();
}
static void barrier_traverse(Object* o, Visitor& v) {
  auto* b = static_cast<BarrierObject*>(o);
  v(b->loop);
  v(b->cond);
  v(b->parties);
}
static int64_t barrier_n_waiting(BarrierObject* b) { return b->state == BarrierState::Filling ? b->count : 0; }
static Value barrier_repr(Runtime& rt, const Value& self) {
  BarrierObject* b = B(self);
  if (!b->cond) return no_attribute(rt, b, "_state");  // __init__ never ran
  std::string extra = barrier_state_value(b->state);
  if (b->state != BarrierState::Broken) {
    std::string ps;
    Value f = b->parties ? format(rt, b->parties, make_str(rt, "")) : make_str(rt, "None");
    if (!f || !str_string(rt, f, &ps)) return nullptr;
    extra += ", waiters:" + std::to_string(barrier_n_waiting(b)) + "/" + ps;
  }
  return repr_with(rt, self, extra);
}
static Value m_barrier_wait(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Barrier.wait")) return nullptr;
  if (!B(self)->cond) return rt.raise(rt.t.AttributeError, "'" + type_name(rt, self) + "' object has no attribute '_cond'");
  return wrap_native(rt, "Barrier.wait", barrier_wait_impl(rt, self));
}
static Value m_barrier_reset(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Barrier.reset")) return nullptr;
  if (!B(self)->cond) return rt.raise(rt.t.AttributeError, "'" + type_name(rt, self) + "' object has no attribute '_cond'");
  return wrap_native(rt, "Barrier.reset", barrier_reset_impl(rt, self, false));
}
static Value m_barrier_abort(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Barrier.abort")) return nullptr;
  if (!B(self)->cond) return rt.raise(rt.t.AttributeError, "'" + type_name(rt, self) + "' object has no attribute '_cond'");
  return wrap_native(rt, "Barrier.abort", barrier_reset_impl(rt, self, true));
}
static Value m_barrier_aenter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Barrier.__aenter__")) return nullptr;
  return wrap_native(rt, "Barrier.__aenter__", barrier_aenter_impl(rt, self));
}
static Value m_barrier_aexit(Runtime& rt, const Value&, CallArgs a) {
  (void)a;
  return wrap_native(rt, "Barrier.__aexit__", barrier_aexit_impl(rt));
}
static Value g_barrier_parties(Runtime& rt, const Value& s) {
  Value p = B(s)->parties;
  return p ? p : rt.raise(rt.t.AttributeError, "'" + type_name(rt, s) + "' object has no attribute '_parties'");
}
static Value g_barrier_n_waiting(Runtime& rt, const Value& s) { return make_int(rt, barrier_n_waiting(B(s))); }
static Value g_barrier_broken(Runtime& rt, const Value& s) { return rt.Bool(B(s)->state == BarrierState::Broken); }
static Value g_barrier_count(Runtime& rt, const Value& s) { return make_int(rt, B(s)->count); }
static Value g_barrier_cond(Runtime& rt, const Value& s) {
  Value c = B(s)->cond;
  return c ? c : rt.None();
}

static const MethodDef kBarrierMethods[] = {
    {"wait", m_barrier_wait},     {"reset", m_barrier_reset},   {"abort", m_barrier_abort},
    {"__aenter__", m_barrier_aenter}, {"__aexit__", m_barrier_aexit}, {"_get_loop", m_get_loop},
    {nullptr, nullptr},
};
static const GetSetDef kBarrierGetSets[] = {
    {"parties", g_barrier_parties},
    {"n_waiting", g_barrier_n_waiting},
    {"broken", g_barrier_broken},
    {"_parties", g_barrier_parties},
    {"_count", g_barrier_count},
    {"_cond", g_barrier_cond},
    {"_loop", g_loop, s_loop},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Types

static TypeObject* prim_type(Runtime& rt, const char* name, TypeObject* base, size_t size, const MethodDef* methods,
                             const GetSetDef* getsets, DeallocFn dealloc, TraverseFn traverse, UnaryFn repr,
                             InitFn init) {
  TypeSlots s;
  s.dealloc = dealloc;
  s.traverse = traverse;
  s.clear = dealloc;
  s.repr = repr;
  s.new_ = lock_new;
  s.init = init;
  TypeObject* t = make_builtin_type(rt,
                                    TypeSpec{name, base, size, kTypeGc | kTypeBaseType | kTypeHasDict, methods,
                                             getsets, "asyncio.locks"},
                                    s);
  add_slot_wrappers(rt, t);
  return t;
}

LockTypes::~LockTypes() {
  if (hot) *hot = nullptr;
}

// `async with lock` and the other per-call type checks ask for these: Runtime::hot, not a lookup
// in module_state by name.
LockTypes& lock_types(Runtime& rt) {
  if (void* p = rt.hot_slot(Runtime::HotSlot::LockTypes)) return *static_cast<LockTypes*>(p);
  auto lt = std::make_shared<LockTypes>();
  rt.module_state["asyncio.lock_types"] = lt;
  lt->hot = &rt.hot_slot(Runtime::HotSlot::LockTypes);
  *lt->hot = lt.get();
  asyncio_state(rt);
  lt->lock = prim_type(rt, "Lock", nullptr, sizeof(LockObject), kLockMethods, kLockGetSets, lock_dealloc,
                       lock_traverse, lock_repr, lock_init);
  lt->event = prim_type(rt, "Event", nullptr, sizeof(EventObject), kEventMethods, kEventGetSets, event_dealloc,
                        event_traverse, event_repr, event_init);
  lt->condition = prim_type(rt, "Condition", nullptr, sizeof(ConditionObject), kCondMethods, kCondGetSets,
                            cond_dealloc, cond_traverse, cond_repr, cond_init);
  lt->semaphore = prim_type(rt, "Semaphore", nullptr, sizeof(SemaphoreObject), kSemMethods, kSemGetSets, sem_dealloc,
                            sem_traverse, sem_repr, sem_init);
  lt->bounded_semaphore = prim_type(rt, "BoundedSemaphore", lt->semaphore, sizeof(SemaphoreObject), kBSemMethods,
                                    kBSemGetSets, sem_dealloc, sem_traverse, sem_repr, bsem_init);
  lt->barrier = prim_type(rt, "Barrier", nullptr, sizeof(BarrierObject), kBarrierMethods, kBarrierGetSets,
                          barrier_dealloc, barrier_traverse, barrier_repr, barrier_init);
  return *lt;
}

Value new_event(Runtime& rt) { return call(rt, Value::borrow(lock_types(rt).event), CallArgs{}); }

bool is_event(Runtime& rt, const Value& v) { return isinstance(rt, v, lock_types(rt).event); }

void add_lock_names(Runtime& rt, const Value& m) {
  LockTypes& lt = lock_types(rt);
  module_add(rt, m, "Lock", Value::borrow(lt.lock));
  module_add(rt, m, "Event", Value::borrow(lt.event));
  module_add(rt, m, "Condition", Value::borrow(lt.condition));
  module_add(rt, m, "Semaphore", Value::borrow(lt.semaphore));
  module_add(rt, m, "BoundedSemaphore", Value::borrow(lt.bounded_semaphore));
  module_add(rt, m, "Barrier", Value::borrow(lt.barrier));
}

}  // namespace ls
