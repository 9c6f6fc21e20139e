// Internals shared by the toolkit files (wait.cpp, timeouts.cpp, taskgroups.cpp, queues.cpp,
// locks.cpp): awaiting from inside a C++ coroutine (nested C++ coroutines and arbitrary Python
// awaitables), Python-style argument binding, the _LoopBoundMixin rule, small helpers.
#pragma once

#include <cstdio>
#include <deque>
#include <initializer_list>
#include <string>

#include "loop/asyncio.hpp"
#include "loop/native_coro.hpp"
#include "object/native.hpp"
#include "trace/sink.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// Awaiting inside a NativeCoro
//
// A C++ coroutine suspends exactly once per co_await, so awaiting something that suspends
// several times (another asyncio coroutine) is a loop that passes each suspension up to the
// driving Task and the Task's answer back down — what `yield from` does:
//
//   SubCoro sub(event_wait_impl(rt, ev));         // or: Delegate sub(rt, awaitable);
//   Outcome io = Outcome::ok(Value());
//   while (sub.step(std::move(io), &io)) io = co_await pass_up(sub.yielded);
//   // io is the result (or the exception) of the awaited coroutine
//
// LS_AWAIT(io, sub) spells the loop.

// Suspends the current coroutine handing `v` (a future, or null for a bare yield) to the driver,
// evaluates to what the driver sends or throws in next.
struct PassUpAwaiter {
  Value v;
  NativeHandle h{};
  bool await_ready() { return false; }
  void await_suspend(NativeHandle handle) {
    h = handle;
    handle.promise().yielded = std::move(v);
  }
  Outcome await_resume() {
    Outcome o = std::move(h.promise().resume);
    h.promise().resume = Outcome{};
    return o;
  }
};
inline PassUpAwaiter pass_up(Value v) { return PassUpAwaiter{std::move(v)}; }

// A nested C++ coroutine run inside another (the callee frame is owned and destroyed here).
struct SubCoro {
  NativeHandle h;
  Value yielded;
  explicit SubCoro(NativeCoro c) : h(c.handle) {}
  SubCoro(const SubCoro&) = delete;
  SubCoro& operator=(const SubCoro&) = delete;
  ~SubCoro() {
    if (h) h.destroy();
  }
  // Resumes the callee with `in`: true when it suspended (`yielded` set), false when it finished
  // (*out = its result).
  bool step(Outcome in, Outcome* out);
};

// `await aw` for any awaitable: a coroutine (Python or C++), a future, an object with __await__.
struct Delegate {
  Runtime& rt;
  Value it;        // the iterator being delegated to (null: getting it failed, see init_error)
  Value init_error;
  Value yielded;
  bool started = false;
  Delegate(Runtime& rt, const Value& awaitable);
  bool step(Outcome in, Outcome* out);
};

// The callee (a SubCoro's frame, a Delegate's iterator) is visible to the cycle collector
// through the caller's frame while it runs.
inline const NativeHandle* gc_part(const SubCoro& s) { return &s.h; }
inline const Value* gc_part(const Delegate& d) { return &d.it; }

#define LS_AWAIT(io, sub)                                                        \
  Outcome io = Outcome::ok(Value());                                             \
  co_await gc_enter(gc_part(sub));                                               \
  while ((sub).step(std::move(io), &io)) io = co_await pass_up(std::move((sub).yielded)); \
  co_await gc_leave(gc_part(sub))

// ---------------------------------------------------------------------------------------------
// Arguments

// Binds a call the way a Python `def` does, with its messages: `fname` is the function's
// qualname ("Queue.__init__"), `names` its parameters after self, of which the first `npos` may
// be passed positionally (the rest are keyword-only) and the first `nrequired` must be given.
// `self_count` is 1 for methods (CPython counts self in "takes N positional arguments").
bool bind_args(Runtime& rt, CallArgs a, const char* fname, std::initializer_list<const char*> names, size_t npos,
               size_t nrequired, Value* out, int self_count = 1);

// ---------------------------------------------------------------------------------------------
// Helpers

// mixins._LoopBoundMixin._get_loop(): binds `loop_field` to the running loop on first use.
// Returns the running loop; null with RuntimeError "... is bound to a different event loop", or
// with AttributeError when there is no running loop (CPython then fails on None.create_future).
Value bound_loop(Runtime& rt, const Value& self, Value& loop_field);
// loop.create_future() for any loop object.
Value create_future_on(Runtime& rt, const Value& loop);
// fut.cancel(msg) on a future, task or duck-typed future, recorded as coming from `source`.
// Returns 1/0, -1 on error.
int cancel_any(Runtime& rt, const Value& fut, const Value& msg, CancelSource source);
// fut.set_result(v) for futures and duck-typed ones.
bool set_result_any(Runtime& rt, const Value& fut, const Value& v);
// fut.remove_done_callback(fn) for futures and duck-typed ones.
bool remove_done_callback_any(Runtime& rt, const Value& fut, const Value& fn);
// loop.call_soon(fn) / loop.call_at(when, fn) for any loop object (no arguments).
Value call_soon_any(Runtime& rt, const Value& loop, const Value& fn);
Value call_at_any(Runtime& rt, const Value& loop, const Value& when, const Value& fn);
Value loop_time_any(Runtime& rt, const Value& loop);
// tasks._release_waiter bound to `waiter` (functools.partial(_release_waiter, waiter)).
Value release_waiter_fn(Runtime& rt, const Value& waiter);
// coroutines.iscoroutine()
bool is_coroutine_value(Runtime& rt, const Value& v);
// "0x7f..." of id(v)
std::string hex_id(Runtime& rt, const Value& v);
// object.__repr__(v) without its <>: "asyncio.locks.Lock object at 0x..."
std::string object_repr_inner(Runtime& rt, const Value& v);
// A built-in type owned by the toolkit, created once per runtime and found again by `key`.
TypeObject* toolkit_type(Runtime& rt, const char* key, const TypeSpec& spec, const TypeSlots& slots,
                         bool slot_wrappers = true);
// A GC-tracked state object with a single function of `Visitor`-style cleanup (closures).
TypeObject* closure_state_type(Runtime& rt, const char* key, const char* name, size_t size, DeallocFn dealloc,
                               TraverseFn traverse);
// A type that was overridden by a program subclass: is `name` found on type(self) other than
// on the built-in `base`?
bool overrides(Runtime& rt, const Value& self, TypeObject* base, const char* name);
// Removes the first element identical to `v` (futures compare by identity); false if absent.
bool deque_remove(std::deque<Value>& d, const Value& v);
// A snapshot of a deque as a collections.deque (or a list when collections is unavailable).
Value deque_snapshot(Runtime& rt, const std::deque<Value>* d, bool none_if_null);
// The exceptions of asyncio.exceptions / asyncio.queues that the toolkit raises.
struct ToolkitExceptions {
  TypeObject* queue_empty = nullptr;
  TypeObject* queue_full = nullptr;
  TypeObject* broken_barrier = nullptr;
  TypeObject* incomplete_read = nullptr;
  TypeObject* limit_overrun = nullptr;
  TypeObject* sendfile_not_available = nullptr;
};
ToolkitExceptions& toolkit_exceptions(Runtime& rt);
// Raises `type` with no arguments (`raise QueueFull`), with implicit chaining.
Value raise_bare(Runtime& rt, TypeObject* type);

}  // namespace ls
