// The interface through which the loop, tasks, the toolkit and the VM report what happens, for
// the trace recorder (trace/recorder.hpp). Nothing is recorded unless a sink is attached: every
// call site is `if (st.trace) st.trace->...`, so the cost without a recorder is one null check.
#pragma once

#include <cstdint>
#include <string_view>

#include "object/value.hpp"

namespace ls {

struct TaskObject;
struct FutureObject;
struct HandleObject;

// Who asked for a cancellation when it was not the program's own cancel() call.
enum class CancelSource : uint8_t {
  User,       // task.cancel() / fut.cancel() called by program code
  Shutdown,   // asyncio.run() cancelling leftover tasks
  Timeout,    // asyncio.timeout() expiring
  TaskGroup,  // a TaskGroup aborting its children (or its parent task)
  Gather,     // gather() cancelling its children
  WaitFor,    // wait_for() cancelling the awaited task on timeout or cancellation
  Interrupt,  // Ctrl+C (SIGINT) cancelling the main task
  Internal,   // the toolkit's own bookkeeping (a queue getter, a lock waiter...)
};

// Why a task's step runs.
enum class StepWhy : uint8_t {
  First,      // the coroutine starts
  Result,     // the awaited future completed with a result
  Exception,  // the awaited future completed with an exception (thrown in)
  Cancelled,  // CancelledError is thrown in (the task, or what it awaited, was cancelled)
  Resumed,    // after a bare yield (sleep(0)) or an internal reschedule
};

enum class Diagnostic : uint8_t {
  SwallowedCancel,     // cancel requested, the task finished normally, no uncancel()
  LostResult,          // awaited future had a result, the task was cancelled before taking it
  NeverRetrieved,      // "Future/Task exception was never retrieved"
  DestroyedPending,    // "Task was destroyed but it is pending!"
  NeverAwaited,        // "coroutine ... was never awaited"
  PendingAtLoopClose,  // a task still pending when its loop closed
};

struct TraceSink {
  virtual ~TraceSink() = default;
  virtual void task_created(TaskObject* t) = 0;
  virtual void step_started(TaskObject* t, StepWhy why, const Value& exc, const Value& from) = 0;
  // The step ended with the coroutine suspended on `awaited` (null: rescheduled / finished).
  virtual void step_ended(TaskObject* t, const Value& awaited) = 0;
  virtual void task_done(TaskObject* t) = 0;
  // cancel() on a task or future. Nested cancels (a task cancelling the future it awaits)
  // happen between begin and end, so each knows its cause.
  virtual uint64_t cancel_begin(const Value& target, const Value& msg, CancelSource source) = 0;
  virtual void cancel_end(uint64_t event, bool result) = 0;
  virtual void future_cancelled(FutureObject* f) = 0;
  virtual void future_done(FutureObject* f) = 0;
  virtual void uncancelled(TaskObject* t) = 0;
  // Task.set_name(): the trace names a task as the program last named it.
  virtual void task_renamed(TaskObject* t) = 0;
  // The VM entered an exception handler (except/finally/with cleanup) with `exc` at `line`.
  virtual void handler_entered(const Value& exc, int line) = 0;
  virtual void callback_scheduled(HandleObject* h) = 0;
  virtual void callback_run(HandleObject* h) = 0;
  virtual void callback_done(HandleObject* h) = 0;
  virtual void timer_set(HandleObject* h) = 0;
  virtual void timer_cancelled(HandleObject* h) = 0;
  virtual void shield_absorbed(const Value& outer, const Value& inner) = 0;
  // `fut` was completed (cancelled, or given a CancelledError) because `from` ended cancelled:
  // gather's outer future from a child, shield's outer from the inner. Provenance goes through.
  virtual void future_linked(const Value& fut, const Value& from) = 0;
  virtual void timeout_converted(const Value& task, const Value& exc) = 0;
  virtual void diagnostic(Diagnostic kind, const Value& subject, std::string_view detail) = 0;
  virtual void output(int stream, std::string_view text) = 0;
};

}  // namespace ls
