// The interface through which the loop, tasks and the toolkit report what happens, for the trace
// recorder (trace/recorder.hpp). Nothing is recorded unless a sink is attached: every call site
// is `if (st.trace) st.trace->...`, so the cost without a recorder is one null check.
#pragma once

#include <string_view>

#include "object/value.hpp"

namespace ls {

struct TaskObject;
struct FutureObject;
struct HandleObject;

// Who asked for a cancellation, when it was not a task's own code.
enum class CancelSource : uint8_t {
  User,           // task.cancel() / fut.cancel() called by program code
  Shutdown,       // asyncio.run() cancelling leftover tasks
  Timeout,        // asyncio.timeout() / wait_for() expiring
  TaskGroup,      // a TaskGroup aborting its children (or its parent)
  Gather,         // gather() cancelling its children
  WaitFor,        // wait_for() cancelling the inner future
  Shield,         // shield() (never cancels the inner future; reported when it absorbs one)
  Internal,       // the toolkit's own bookkeeping (queues, locks...)
};

struct TraceSink {
  virtual ~TraceSink() = default;
  virtual void task_created(TaskObject* t) = 0;
  // A step begins; `exc` is the exception thrown in (null: a value is sent).
  virtual void step_started(TaskObject* t, const Value& exc) = 0;
  // A step ends with the coroutine suspended on `awaited` (null: bare yield / rescheduled).
  virtual void step_ended(TaskObject* t, const Value& awaited) = 0;
  virtual void task_done(TaskObject* t) = 0;
  // cancel() on a task or future: by whom, from where, with what result.
  virtual void cancel_requested(const Value& target, const Value& msg, bool result, CancelSource source) = 0;
  virtual void uncancelled(TaskObject* t) = 0;
  virtual void future_done(FutureObject* f) = 0;
  virtual void callback_scheduled(HandleObject* h) = 0;
  virtual void callback_run(HandleObject* h) = 0;
  virtual void timer_set(HandleObject* h) = 0;
  virtual void timer_cancelled(HandleObject* h) = 0;
  virtual void shield_absorbed(const Value& outer, const Value& inner) = 0;
  virtual void timeout_converted(const Value& task, const Value& exc) = 0;
  virtual void output(int stream, std::string_view text) = 0;
};

}  // namespace ls
