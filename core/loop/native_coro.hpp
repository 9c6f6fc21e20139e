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
  // Nested C++ coroutines this one is running (SubCoro, see toolkit/util.hpp): their frames'
  // roots are this frame's too while it awaits them.
  std::vector<const NativeHandle*> subs;
  // Vectors of Values the frame owns (gc_visible_list), visited element by element.
  std::vector<const std::vector<Value>*> root_lists;
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

// Entering a scope appends `item` to the promise's list; leaving removes its latest entry.
template <class T>
void enter_or_leave(std::vector<T>& list, T item, bool enter) {
  if (enter) {
    list.push_back(item);
    return;
  }
  for (size_t i = list.size(); i-- > 0;) {
    if (list[i] == item) {
      list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

// co_await gc_enter(&v) ... co_await gc_leave(&v): like gc_visible, for a Value of a block
// scope (the awaitable a Delegate drives): visible only between the two.
struct GcRootScopeAwaiter {
  const Value* value;
  bool enter;
  bool await_ready() { return false; }
  bool await_suspend(NativeHandle handle) {
    enter_or_leave(handle.promise().roots, value, enter);
    return false;
  }
  void await_resume() {}
};
// The same for a nested C++ coroutine's handle (a SubCoro): its roots are visited through ours.
struct GcSubScopeAwaiter {
  const NativeHandle* sub;
  bool enter;
  bool await_ready() { return false; }
  bool await_suspend(NativeHandle handle) {
    enter_or_leave(handle.promise().subs, sub, enter);
    return false;
  }
  void await_resume() {}
};
// co_await gc_visible_list(&v): gc_visible for the elements of a std::vector<Value> of the frame
// (function scope), whatever it holds when the collector looks.
struct GcListAwaiter {
  const std::vector<Value>* list;
  bool await_ready() { return false; }
  bool await_suspend(NativeHandle handle) {
    handle.promise().root_lists.push_back(list);
    return false;
  }
  void await_resume() {}
};
inline GcListAwaiter gc_visible_list(const std::vector<Value>* list) { return GcListAwaiter{list}; }

// co_await this_promise(): the running coroutine's promise (does not suspend).
struct ThisPromiseAwaiter {
  NativePromise* p = nullptr;
  bool await_ready() { return false; }
  bool await_suspend(NativeHandle handle) {
    p = &handle.promise();
    return false;
  }
  NativePromise* await_resume() { return p; }
};
inline ThisPromiseAwaiter this_promise() { return ThisPromiseAwaiter{}; }

// auto g = gc_scope(co_await this_promise(), &a, &b): gc_visible for locals of a block scope;
// they stop being visible when `g` goes out of scope.
template <size_t N>
struct GcScope {
  NativePromise* p;
  std::array<const Value*, N> values;
  GcScope(NativePromise* promise, std::array<const Value*, N> v) : p(promise), values(v) {
    for (const Value* x : values) p->roots.push_back(x);
  }
  GcScope(const GcScope&) = delete;
  GcScope& operator=(const GcScope&) = delete;
  ~GcScope() {
    std::vector<const Value*>& roots = p->roots;
    for (const Value* x : values) {
      for (size_t i = roots.size(); i-- > 0;) {
        if (roots[i] == x) {
          roots.erase(roots.begin() + static_cast<std::ptrdiff_t>(i));
          break;
        }
      }
    }
  }
};
template <class... V>
GcScope<sizeof...(V)> gc_scope(NativePromise* p, const V*... values) {
  return GcScope<sizeof...(V)>(p, {{values...}});
}

inline GcRootScopeAwaiter gc_enter(const Value* v) { return GcRootScopeAwaiter{v, true}; }
inline GcRootScopeAwaiter gc_leave(const Value* v) { return GcRootScopeAwaiter{v, false}; }
inline GcSubScopeAwaiter gc_enter(const NativeHandle* h) { return GcSubScopeAwaiter{h, true}; }
inline GcSubScopeAwaiter gc_leave(const NativeHandle* h) { return GcSubScopeAwaiter{h, false}; }

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
