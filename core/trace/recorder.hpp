// The trace recorder: a TraceSink that keeps, per run, the tasks and futures that matter and an
// ordered stream of events (sequence number + virtual time), and derives from them the
// provenance of every CancelledError a coroutine received (the chain of cancel() calls and
// awaited tasks/futures that led to it) and diagnostics tied to source lines.
// Writers (trace/writers.cpp) turn it into LoopScope's JSON, a readable text timeline, or the
// Chrome Trace Event format that ui.perfetto.dev opens. Format: docs/trace-format.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "object/runtime.hpp"
#include "trace/sink.hpp"

namespace ls {

enum class EventKind : uint8_t {
  TaskCreated,
  StepStarted,
  StepEnded,
  TaskDone,
  CancelRequested,
  CancelDelivered,
  CancelCaught,
  CancelSwallowed,
  Uncancelled,
  FutureCancelled,
  FutureDone,
  CallbackScheduled,
  CallbackRun,
  TimerSet,
  TimerCancelled,
  ShieldAbsorbed,
  TimeoutConverted,
  Diagnostic,
  Output,
};

// 40 bytes: a million events fit in well under 64 MB (ids and handle numbers are kept to 32
// bits; a run long enough to overflow them stops tracing at event_limit first). An event's
// sequence number is its index in the recorder's events().
struct TraceEvent {
  double time;          // virtual loop time
  double aux;           // TimerSet: deadline; Uncancelled: requests left; CallbackScheduled: task woken (-1)
  int32_t line;         // source line (0: none)
  int32_t task;         // the task the event happens in (-1: none / main program)
  int32_t target;       // other object: awaited future, cancelled target, handle... (-1: none)
  int32_t cause;        // seq of the event that caused this one (-1: none)
  int32_t text;         // index into strings (-1: none)
  EventKind kind;
  uint8_t sub;          // StepWhy / CancelSource / Diagnostic / stream / task outcome
  uint8_t flag;         // CancelRequested: result; CallbackRun: timer fired; FutureDone: failed
};
static_assert(sizeof(TraceEvent) == 40, "recording memory is budgeted per event (bench_trace B/event)");

// The recorded events, kept in fixed-size blocks: appending never moves what was recorded (a
// growing std::vector copied the whole trace at each doubling, and touched twice the memory), and
// indexing stays a shift and a mask.
class EventLog {
 public:
  static constexpr size_t kBlockBits = 13;  // 8192 events (384 KB) a block
  static constexpr size_t kBlockSize = size_t{1} << kBlockBits;

  class const_iterator {
   public:
    const_iterator(const EventLog* log, size_t i) : log_(log), i_(i) {}
    const TraceEvent& operator*() const { return (*log_)[i_]; }
    const TraceEvent* operator->() const { return &(*log_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    const EventLog* log_;
    size_t i_;
  };

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const { return blocks_.size() * kBlockSize; }
  const TraceEvent& operator[](size_t i) const { return blocks_[i >> kBlockBits][i & (kBlockSize - 1)]; }
  TraceEvent& operator[](size_t i) { return blocks_[i >> kBlockBits][i & (kBlockSize - 1)]; }
  const TraceEvent& back() const { return (*this)[size_ - 1]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }
  // The slot for a new event, left for the caller to fill.
  TraceEvent& append() {
    if (size_ == capacity()) blocks_.emplace_back(new TraceEvent[kBlockSize]);  // not zeroed: filled on append
    return (*this)[size_++];
  }

 private:
  std::vector<std::unique_ptr<TraceEvent[]>> blocks_;
  size_t size_ = 0;
};

struct TraceTask {
  int64_t id;
  std::string name;
  std::string coro;
  std::string file;
  int line = 0;           // creation site
  int64_t parent = -1;    // the task that created it (-1: main program)
  uint32_t created_seq = 0;
  double created_time = 0;
  std::string state = "pending";  // pending, done, failed, cancelled
  std::string outcome;            // repr of the result / exception
  int64_t cause = -1;             // for cancelled tasks: the delivery that ended them
  bool internal = false;          // asyncio.run()'s own shutdown tasks
};

struct TraceFuture {
  int64_t id;
  std::string kind;    // "Future", "_GatheringFuture", "Task"...
  int64_t cause = -1;  // the cancel event that cancelled it
};

class Recorder final : public TraceSink {
 public:
  explicit Recorder(Runtime& rt);

  // TraceSink
  void task_created(TaskObject* t) override;
  void step_started(TaskObject* t, StepWhy why, const Value& exc, const Value& from) override;
  void step_ended(TaskObject* t, const Value& awaited) override;
  void task_done(TaskObject* t) override;
  uint64_t cancel_begin(const Value& target, const Value& msg, CancelSource source) override;
  void cancel_end(uint64_t event, bool result) override;
  void future_cancelled(FutureObject* f) override;
  void future_done(FutureObject* f) override;
  void uncancelled(TaskObject* t) override;
  void task_renamed(TaskObject* t) override;
  void handler_entered(const Value& exc, int line) override;
  void callback_scheduled(HandleObject* h) override;
  void callback_run(HandleObject* h) override;
  void callback_done(HandleObject* h) override;
  void timer_set(HandleObject* h) override;
  void timer_cancelled(HandleObject* h) override;
  void shield_absorbed(const Value& outer, const Value& inner) override;
  void future_linked(const Value& fut, const Value& from) override;
  void timeout_converted(const Value& task, const Value& exc) override;
  void diagnostic(Diagnostic kind, const Value& subject, std::string_view detail) override;
  void output(int stream, std::string_view text) override;

  // Results
  const EventLog& events() const { return events_; }
  const std::vector<TraceTask>& tasks() const { return tasks_; }
  const std::vector<std::string>& strings() const { return strings_; }
  const TraceTask* task(int64_t id) const;
  const TraceFuture* future(int64_t id) const;
  std::vector<const TraceFuture*> sorted_futures() const;  // by id, for deterministic output
  // The provenance chain of a CancelDelivered event in plain words: the first part says who got
  // the CancelledError where, each following one a "because ..." link back to the cancel() call.
  std::vector<std::string> provenance(uint32_t delivered_seq) const;
  std::string explain(uint32_t delivered_seq) const;  // provenance joined by spaces
  bool truncated() const { return truncated_; }
  size_t event_limit = 2'000'000;  // trace event ceiling (the run goes on; the trace stops)

  // Called by the VM (Runtime::on_exc_caught) when an except clause matches.
  void exception_caught(const Value& exc, int line);

 private:
  Runtime& rt_;
  EventLog events_;
  std::vector<TraceTask> tasks_;
  std::vector<std::string> strings_;
  std::vector<uint32_t> cancel_stack_;  // cancel events in progress (nested cancels)
  // What the recorder keeps about one task or future while the run goes on. The loop numbers
  // futures, tasks and handles densely in creation order, so these are found by indexing a vector
  // with the id (slot_) rather than by hashing it on every task step.
  static constexpr uint32_t kNoEvent = UINT32_MAX;
  struct Tracked {
    int32_t task = -1;                // index in tasks_ (-1: not a recorded task)
    bool is_future = false;           // `future` is set: awaited, cancelled, or a task
    bool cancel_requested = false;    // a cancel() reached the task
    bool uncancelled = false;         // uncancel() was called on it
    bool suspended = false;           // a step of the task has ended (await_line is set)
    int32_t await_line = 0;           // line of the await the task is suspended at
    uint32_t pending_cancel = kNoEvent;  // cancel event not yet delivered
    uint32_t last_delivery = kNoEvent;   // last CancelDelivered seq this step
    uint32_t own_delivery = kNoEvent;    // ... when it was the task's own cancellation
    TraceFuture future;
  };
  std::vector<int32_t> slot_;  // id -> index in tracked_ (-1: nothing recorded about it)
  std::vector<Tracked> tracked_;
  bool truncated_ = false;
  // The loop callback running now (outside task steps, requests are attributed to it).
  bool in_callback_ = false;
  const void* cb_base_frame_ = nullptr;  // the frame below the callback: not the callback's own line
  int cb_line_ = 0;                      // the line that scheduled the callback (or set the timer)
  int64_t cb_subject_ = -1;              // a done callback's future/task

  uint32_t add(EventKind kind, uint8_t sub, int line, int64_t task, int64_t target, int64_t cause, int32_t text,
               uint8_t flag = 0, double aux = 0);
  int32_t intern_text(std::string s);
  int64_t current_task_id() const;
  int current_line() const;
  int innermost_line(TaskObject* t) const;
  void note_future(const Value& f);
  Tracked& track(int64_t id);  // the entry for id >= 0, made on first use
  const Tracked* tracked(int64_t id) const {  // null when nothing is recorded about id
    if (id < 0 || static_cast<size_t>(id) >= slot_.size() || slot_[static_cast<size_t>(id)] < 0) return nullptr;
    return &tracked_[static_cast<size_t>(slot_[static_cast<size_t>(id)])];
  }
  Tracked* tracked(int64_t id) { return const_cast<Tracked*>(std::as_const(*this).tracked(id)); }
  TraceFuture& track_future(int64_t id);  // id's future entry, made on first use
  std::string describe(int64_t id) const;  // "Task-2 (cancel_me)" / "a Future"
};

// Installs a recorder for the run (AsyncioState::trace, Runtime::on_exc_caught). The Runtime
// keeps it alive; returns it for the writers.
Recorder* install_recorder(Runtime& rt);
Recorder* recorder_of(Runtime& rt);

// Writers (writers.cpp). The JSON and Perfetto formats are documented in docs/trace-format.md.
inline constexpr int kTraceFormatVersion = 1;
const char* event_kind_name(EventKind k);
std::string trace_to_json(const Recorder& r, std::string_view filename);
std::string trace_to_text(const Recorder& r);  // one line per event, indented by task
std::string trace_to_perfetto(const Recorder& r);

}  // namespace ls
