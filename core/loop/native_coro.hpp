// Coroutines written in C++ that a Task drives exactly like Python coroutines (send / throw /
// close, yielding a future or None). asyncio's own coroutines — sleep(), Queue.get(),
// Lock.acquire(), TaskGroup.__aexit__()... — are written with this, so they read like their
// Python originals:
//
//   NativeCoro sleep_impl(Runtime& rt, Value fut, Value result) {
//     Outcome r = co_await await_future(rt, fut);   // suspends until fut is done
//     if (r.failed()) co_return r;                   // e.g. CancelledError thrown in
//     co_return Outcome::ok(result);
//   }
//   Value coro = wrap_native(rt, "sleep", sleep_impl(rt, fut, result));
//
// No C++ exceptions: a Python exception is an Outcome with `error` set. The header hides the
// difference between <coroutine> (g++, clang) and <experimental/coroutine> (Emscripten's libc++ 13).
#pragma once

#include <exception>
#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#if __has_include(<coroutine>) && !defined(__EMSCRIPTEN__)
#include <coroutine>
namespace ls::coro_ns {
using std::coroutine_handle;
using std::suspend_always;
using std::suspend_never;
}  // namespace ls::coro_ns
#else
#include <experimental/coroutine>
namespace ls::coro_ns {
using std::experimental::coroutine_handle;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace ls::coro_ns
#endif

#include "object/runtime.hpp"

namespace ls {

// The result of an await or of a whole coroutine: a value, or an exception instance.
struct Outcome {
  Value value;
  Value error;
  static Outcome ok(Value v) { return Outcome{std::move(v), Value()}; }
  static Outcome err(Value e) { return Outcome{Value(), std::move(e)}; }
  // Takes the pending exception of the runtime.
  static Outcome from_error(Runtime& rt) { return Outcome{Value(), rt.take_error()}; }
  bool failed() const { return static_cast<bool>(error); }
};

struct NativePromise;
using NativeHandle = coro_ns::coroutine_handle<NativePromise>;

// The return type of a C++ coroutine function.
struct NativeCoro {
  using promise_type = NativePromise;
  NativeHandle handle;
};

struct NativePromise {
  Value yielded;    // what the coroutine gave the driver when it suspended (a future, or None)
  Outcome resume;   // what the pending co_await evaluates to (sent value or thrown exception)
  Outcome result;   // the co_return value
  // Values of the C++ frame the cycle collector may visit (see gc_visible): locals the compiler
  // hides from it. Each must be a distinct Value the frame owns, alive until the frame ends.
  std::vector<const Value*> roots;
  // The future of the pending co_await await_future(...), while suspended on it (else null).
  const Value* awaiting = nullptr;
  // The line of CPython's Python source this coroutine stands at (co_await at_line(N)), for task
  // reprs ("running at .../tasks.py:649"); 0: the function's usual suspension line.
  int line = 0;
  NativeCoro get_return_object() { return NativeCoro{NativeHandle::from_promise(*this)}; }
  coro_ns::suspend_always initial_suspend() noexcept { return {}; }
  coro_ns::suspend_always final_suspend() noexcept { return {}; }
  void return_value(Outcome o) { result = std::move(o); }
  void unhandled_exception() { std::terminate(); }
};

// co_await await_future(rt, fut): suspends until `fut` (an asyncio future, or any object with
// _asyncio_future_blocking) is done, then evaluates to fut.result() — or to the exception the
// driver threw in (cancellation).
struct FutureAwaiter {
  Runtime* rt;
  Value fut;
  NativeHandle h{};
  bool ready = false;
  bool await_ready();
  void await_suspend(NativeHandle handle);
  Outcome await_resume();
};
inline FutureAwaiter await_future(Runtime& rt, Value fut) { return FutureAwaiter{&rt, std::move(fut)}; }

// co_await gc_visible(&a, &b): lets the cycle collector see these locals of the C++ frame (it
// cannot see inside a C++ coroutine otherwise), so that a cycle through a suspended native coroutine
// -- a task sleeping on a loop nobody references any more -- is collected as CPython collects it.
// Does not suspend. List each Value once, only ones the frame owns until it ends.
template <size_t N>
struct GcRootsAwaiter {
  std::array<const Value*, N> values;
  bool await_ready() { return false; }
  bool await_suspend(NativeHandle handle) {
    for (const Value* v : values) handle.promise().roots.push_back(v);
    return false;  // go on at once
  }
  void await_resume() {}
};
template <class... V>
GcRootsAwaiter<sizeof...(V)> gc_visible(const V*... values) {
  return GcRootsAwaiter<sizeof...(V)>{{values...}};
}

// co_await at_line(n): notes the line of CPython's source the coroutine is at (see
// NativePromise::line). Does not suspend.
struct AtLineAwaiter {
  int line;
  bool await_ready() { return false; }
  bool await_suspend(NativeHandle handle) {
    handle.promise().line = line;
    return false;
  }
  void await_resume() {}
};
inline AtLineAwaiter at_line(int line) { return AtLineAwaiter{line}; }

// co_await yield_now(): a bare `yield` (what sleep(0) does): lets every other ready callback run.
struct YieldAwaiter {
  NativeHandle h{};
  bool await_ready() { return false; }
  void await_suspend(NativeHandle handle) {
    h = handle;
    handle.promise().yielded = Value();  // None is filled in by the driver
  }
  Outcome await_resume() {
    Outcome o = std::move(h.promise().resume);
    h.promise().resume = Outcome{};
    return o;
  }
};
inline YieldAwaiter yield_now() { return YieldAwaiter{}; }

// Wraps a started-not-yet C++ coroutine in a Python coroutine object whose __qualname__ is
// `qualname` (shown in task reprs: coro=<sleep()>).
Value wrap_native(Runtime& rt, const char* qualname, NativeCoro coro);

// _format_coroutine() of a native coroutine standing for a CPython asyncio function: "sleep()
// running at /usr/lib/python3.11/asyncio/tasks.py:649" while it has a frame (not finished),
// "... done, defined at FILE:DEFLINE" after. False for one without a known site.
bool format_native_coroutine(Runtime& rt, const Value& coro, std::string* out);

void init_native_coro_type(Runtime& rt);

}  // namespace ls
