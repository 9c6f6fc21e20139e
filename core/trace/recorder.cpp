// The trace recorder (see recorder.hpp).
#include "trace/recorder.hpp"

#include "object/class.hpp"

#include <algorithm>

#include "lang/frame.hpp"
#include "lang/generator.hpp"
#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "modules/vclock.hpp"
#include "object/class.hpp"
#include "object/exception.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

Recorder::Recorder(Runtime& rt) : rt_(rt) {
  strings_.reserve(256);
}

uint32_t Recorder::add(EventKind kind, uint8_t sub, int line, int64_t task, int64_t target, int64_t cause,
                       int32_t text, uint8_t flag, double aux) {
  if (events_.size() >= event_limit) {
    truncated_ = true;
    return static_cast<uint32_t>(events_.size());
  }
  auto seq = static_cast<uint32_t>(events_.size());
  TraceEvent& e = events_.append();
  e.time = virtual_now(rt_);
  e.aux = aux;
  e.kind = kind;
  e.sub = sub;
  e.flag = flag;
  e.line = line;
  e.task = static_cast<int32_t>(task);
  e.target = static_cast<int32_t>(target);
  e.cause = static_cast<int32_t>(cause);
  e.text = text;
  return seq;
}

int32_t Recorder::intern_text(std::string s) {
  strings_.push_back(std::move(s));
  return static_cast<int32_t>(strings_.size() - 1);
}

Recorder::Tracked& Recorder::track(int64_t id) {
  if (static_cast<size_t>(id) >= slot_.size()) slot_.resize(static_cast<size_t>(id) + 1, -1);
  int32_t& s = slot_[static_cast<size_t>(id)];
  if (s < 0) {
    s = static_cast<int32_t>(tracked_.size());
    tracked_.emplace_back();
  }
  return tracked_[static_cast<size_t>(s)];
}

TraceFuture& Recorder::track_future(int64_t id) {
  Tracked& t = track(id);
  if (!t.is_future) {
    t.is_future = true;
    t.future.id = id;
  }
  return t.future;
}

const TraceTask* Recorder::task(int64_t id) const {
  const Tracked* t = tracked(id);
  return t && t->task >= 0 ? &tasks_[static_cast<size_t>(t->task)] : nullptr;
}

const TraceFuture* Recorder::future(int64_t id) const {
  const Tracked* t = tracked(id);
  return t && t->is_future ? &t->future : nullptr;
}

std::vector<const TraceFuture*> Recorder::sorted_futures() const {
  std::vector<const TraceFuture*> out;
  for (int32_t s : slot_) {  // in id order
    if (s >= 0 && tracked_[static_cast<size_t>(s)].is_future) out.push_back(&tracked_[static_cast<size_t>(s)].future);
  }
  return out;
}

int64_t Recorder::current_task_id() const {
  AsyncioState* st = asyncio_state_if_any(rt_);
  if (!st || !st->running_loop) return -1;
  const Value& ct = as_loop(st->running_loop)->current_task;
  if (!ct || !is_future_exact(rt_, ct)) return -1;
  return static_cast<int64_t>(as_future(ct)->id);
}

int Recorder::current_line() const {
  VM* vm = rt_.vm;
  if (!vm || !vm->current) return 0;
  // A native callback (a task step's bookkeeping, a timer) runs on top of the frame that runs the
  // loop: that frame's line (asyncio.run(...)) says nothing about the event.
  if (in_callback_ && vm->current == cb_base_frame_) return 0;
  return vm->current->line();
}

// The line a task's coroutine chain is suspended at (its innermost Python frame).
int Recorder::innermost_line(TaskObject* t) const {
  Value c = t->coro;
  int line = 0;
  for (int guard = 0; guard < 1000 && c; ++guard) {
    TypeObject* ty = c.type(rt_);
    if (ty != rt_.t.coroutine && ty != rt_.t.generator) break;
    GenObject* g = as_gen(c);
    if (!g->frame) break;
    line = as_frame(g->frame)->line();
    c = gen_yieldfrom(g);
  }
  return line;
}

void Recorder::note_future(const Value& f) {
  if (!f || !is_future_exact(rt_, f)) return;
  int64_t id = static_cast<int64_t>(as_future(f)->id);
  if (future(id)) return;
  track_future(id).kind = f.type(rt_)->name;
}

static int64_t id_of(Runtime& rt, const Value& v) {
  if (v && is_future_exact(rt, v)) return static_cast<int64_t>(as_future(v)->id);
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Tasks and steps

void Recorder::task_created(TaskObject* t) {
  TraceTask tt;
  tt.id = static_cast<int64_t>(t->id);
  Value n = task_name(rt_, t);
  tt.name = std::string(str_view(n));
  Value qn = getattr_opt(rt_, t->coro, rt_.n.__qualname__);
  rt_.clear_error();
  tt.coro = qn && is_str(rt_, qn) ? std::string(str_view(qn)) : type_name(rt_, t->coro);
  VM* vm = rt_.vm;
  if (vm && vm->current) {
    tt.file = std::string(str_view(vm->current->code->filename));
    tt.line = vm->current->line();
  }
  tt.parent = current_task_id();
  if (AsyncioState* st = asyncio_state_if_any(rt_)) tt.internal = st->internal_tasks;
  tt.created_time = virtual_now(rt_);
  tt.created_seq = add(EventKind::TaskCreated, 0, tt.line, tt.id, tt.parent, -1, -1);
  Tracked& tr = track(tt.id);
  tr.task = static_cast<int32_t>(tasks_.size());
  tr.is_future = true;
  tr.future = TraceFuture{tt.id, "Task", -1};
  tasks_.push_back(std::move(tt));
}

void Recorder::step_started(TaskObject* t, StepWhy why, const Value& exc, const Value& from) {
  int64_t tid = static_cast<int64_t>(t->id);
  int64_t from_id = id_of(rt_, from);
  if (from) note_future(from);
  Tracked& tr = track(tid);
  int line = tr.await_line;
  add(EventKind::StepStarted, static_cast<uint8_t>(why), line, tid, from_id, -1, -1);
  if (why != StepWhy::Cancelled) return;
  // Where did this CancelledError come from?
  int64_t cause = -1;
  if (from_id >= 0) {
    const TraceTask* ft = task(from_id);
    if (ft) cause = ft->cause;
    else if (const TraceFuture* ff = future(from_id)) cause = ff->cause;
  }
  if (cause < 0 && tr.pending_cancel != kNoEvent) cause = tr.pending_cancel;
  std::string msg;
  if (exc && is_exception_instance(exc)) {
    Value s = str(rt_, exc);
    if (s) msg = std::string(str_view(s));
    rt_.clear_error();
  }
  uint32_t d = add(EventKind::CancelDelivered, 0, line, tid, from_id, cause, msg.empty() ? -1 : intern_text(msg));
  Tracked& trd = track(tid);  // again: str() ran Python code, which may have grown tracked_
  trd.last_delivery = d;
  // Only a cancellation of this task itself can be swallowed by it; a CancelledError that comes
  // out of an awaited task is that task's news.
  if (trd.pending_cancel != kNoEvent) {
    trd.pending_cancel = kNoEvent;
    trd.own_delivery = d;
  }
}

void Recorder::step_ended(TaskObject* t, const Value& awaited) {
  int64_t tid = static_cast<int64_t>(t->id);
  int line = innermost_line(t);
  int64_t aid = id_of(rt_, awaited);
  if (awaited) note_future(awaited);
  add(EventKind::StepEnded, 0, line, tid, aid, -1, -1);
  Tracked& tr = track(tid);
  tr.suspended = true;
  tr.await_line = line;
  tr.last_delivery = kNoEvent;
  if (tr.own_delivery != kNoEvent) {
    // The task's own cancellation went in and the coroutine is still running: it was swallowed,
    // unless the code that caught it also called uncancel() (timeouts and TaskGroups do).
    if (!tr.uncancelled) add(EventKind::CancelSwallowed, 0, line, tid, -1, tr.own_delivery, -1);
    tr.own_delivery = kNoEvent;
  }
}

void Recorder::task_done(TaskObject* t) {
  int64_t tid = static_cast<int64_t>(t->id);
  uint8_t outcome = 0;
  std::string text;
  bool ok = true;
  if (t->state == FutureState::Cancelled) {
    outcome = 2;
  } else if (t->exception) {
    outcome = 1;
    repr_string(rt_, t->exception, &text);
  } else {
    text = short_repr(rt_, t->result ? t->result : rt_.None(), &ok);
  }
  rt_.clear_error();
  Tracked& tr = track(tid);  // after the reprs: they ran Python code, which may have grown tracked_
  int64_t cause = -1;
  if (outcome == 2) {
    if (tr.last_delivery != kNoEvent) cause = tr.last_delivery;
    else if (tr.pending_cancel != kNoEvent) cause = tr.pending_cancel;
  }
  int line = tr.await_line;
  add(EventKind::TaskDone, outcome, line, tid, -1, cause, text.empty() ? -1 : intern_text(text));
  if (tr.task >= 0) {
    TraceTask& tt = tasks_[static_cast<size_t>(tr.task)];
    tt.state = outcome == 0 ? "done" : outcome == 1 ? "failed" : "cancelled";
    tt.outcome = text;
    tt.cause = cause;
  }
  if (tr.own_delivery != kNoEvent && outcome == 0 && !tr.uncancelled) {
    add(EventKind::CancelSwallowed, 0, line, tid, -1, tr.own_delivery, -1);
  }
  if (outcome == 0 && tr.cancel_requested && !tr.uncancelled) {
    add(EventKind::Diagnostic, static_cast<uint8_t>(Diagnostic::SwallowedCancel), line, tid, -1, -1,
        intern_text("cancel() was requested but the task finished normally (the CancelledError was swallowed)"));
  }
  tr.last_delivery = kNoEvent;
  tr.own_delivery = kNoEvent;
}

// ---------------------------------------------------------------------------------------------
// Cancellation

uint64_t Recorder::cancel_begin(const Value& target, const Value& msg, CancelSource source) {
  int64_t tgt = id_of(rt_, target);
  note_future(target);
  int64_t cause = cancel_stack_.empty() ? -1 : static_cast<int64_t>(cancel_stack_.back());
  int32_t text = -1;
  if (msg && !rt_.is_none(msg)) {
    std::string r;
    if (repr_string(rt_, msg, &r)) text = intern_text(r);
    rt_.clear_error();
  }
  int line = current_line();
  int64_t requester = current_task_id();
  double subject = -1;  // for requests a callback makes: the future whose completion ran it
  if (in_callback_ && requester < 0 && line == 0) {
    line = cb_line_;
    subject = static_cast<double>(cb_subject_);
  }
  uint32_t seq = add(EventKind::CancelRequested, static_cast<uint8_t>(source), line, requester, tgt, cause, text, 0,
                     subject);
  cancel_stack_.push_back(seq);
  if (Tracked* tr = tracked(tgt); tr && tr->task >= 0) tr->cancel_requested = true;
  return seq;
}

void Recorder::cancel_end(uint64_t ev, bool result) {
  if (ev < events_.size()) {
    TraceEvent& e = events_[ev];
    e.flag = result ? 1 : 0;
    // A successful request on a task stays pending until delivered (the must_cancel path); the
    // first one is what the delivery reports.
    Tracked* tr = result ? tracked(e.target) : nullptr;
    if (tr && tr->task >= 0 && tr->pending_cancel == kNoEvent) tr->pending_cancel = static_cast<uint32_t>(ev);
  }
  if (!cancel_stack_.empty()) cancel_stack_.pop_back();
}

void Recorder::future_cancelled(FutureObject* f) {
  int64_t id = static_cast<int64_t>(f->id);
  if (f->is_task) return;  // tasks end through task_done
  TraceFuture& tf = track_future(id);
  if (tf.kind.empty()) tf.kind = std::string(type_short_name(f->type));
  tf.cause = cancel_stack_.empty() ? -1 : static_cast<int64_t>(cancel_stack_.back());
  add(EventKind::FutureCancelled, 0, current_line(), current_task_id(), id, tf.cause, -1);
}

void Recorder::future_done(FutureObject* f) {
  int64_t id = static_cast<int64_t>(f->id);
  if (!future(id)) return;  // only futures that matter (awaited or cancelled)
  add(EventKind::FutureDone, 0, current_line(), current_task_id(), id, -1, -1, f->exception ? 1 : 0);
}

void Recorder::task_renamed(TaskObject* t) {
  const Tracked* tr = tracked(static_cast<int64_t>(t->id));
  if (!tr || tr->task < 0) return;
  size_t ix = static_cast<size_t>(tr->task);
  Value n = task_name(rt_, t);
  if (n && is_str(rt_, n)) tasks_[ix].name = std::string(str_view(n));
  rt_.clear_error();
}

void Recorder::uncancelled(TaskObject* t) {
  int64_t tid = static_cast<int64_t>(t->id);
  track(tid).uncancelled = true;
  add(EventKind::Uncancelled, 0, current_line(), current_task_id(), tid, -1, -1, 0,
      static_cast<double>(t->num_cancels_requested));
}

void Recorder::handler_entered(const Value& exc, int line) { exception_caught(exc, line); }

void Recorder::exception_caught(const Value& exc, int line) {
  AsyncioState* st = asyncio_state_if_any(rt_);
  if (!st || !isinstance(rt_, exc, st->cancelled_error)) return;
  int64_t tid = current_task_id();
  const Tracked* tr = tracked(tid);
  int64_t cause = tr && tr->last_delivery != kNoEvent ? tr->last_delivery : -1;
  add(EventKind::CancelCaught, 0, line, tid, -1, cause, -1);
}

// ---------------------------------------------------------------------------------------------
// Callbacks, timers, toolkit

// The task or future a handle's callback is bound to (a task's __step or task_wakeup), or -1.
static int64_t callback_task(Runtime& rt, HandleObject* h) {
  if (!h->callback) return -1;
  if (h->native.fn) return id_of(rt, h->callback);  // a native callback: `callback` is its bound object
  if (h->callback.type(rt) != rt.t.builtin_function) return -1;
  auto* bf = static_cast<BuiltinFunctionObject*>(h->callback.obj());
  return id_of(rt, bf->self);
}

void Recorder::callback_scheduled(HandleObject* h) {
  h->trace_line = current_line();
  add(EventKind::CallbackScheduled, 0, current_line(), current_task_id(), static_cast<int64_t>(h->seq), -1, -1, 0,
      static_cast<double>(callback_task(rt_, h)));
}

void Recorder::callback_run(HandleObject* h) {
  in_callback_ = true;
  cb_base_frame_ = rt_.vm ? rt_.vm->current : nullptr;
  cb_line_ = h->trace_line;
  cb_subject_ = -1;
  if (h->args && h->args.type(rt_) == rt_.t.tuple && as_tuple(h->args)->size > 0) {
    cb_subject_ = id_of(rt_, (*as_tuple(h->args))[0]);
  }
  // A handle that runs a task's step is not an event of its own: the step_started that follows
  // is (half the events of a program that only switches tasks would otherwise be bookkeeping).
  int64_t wakes = callback_task(rt_, h);
  if (wakes >= 0 && !h->is_timer) return;
  add(EventKind::CallbackRun, 0, 0, wakes, static_cast<int64_t>(h->seq), -1, -1, h->is_timer ? 1 : 0);
}

void Recorder::callback_done(HandleObject*) { in_callback_ = false; }

void Recorder::timer_set(HandleObject* h) {
  h->trace_line = current_line();
  add(EventKind::TimerSet, 0, current_line(), current_task_id(), static_cast<int64_t>(h->seq), -1, -1, 0, h->when);
}

void Recorder::timer_cancelled(HandleObject* h) {
  add(EventKind::TimerCancelled, 0, current_line(), current_task_id(), static_cast<int64_t>(h->seq), -1, -1);
}

void Recorder::shield_absorbed(const Value& outer, const Value& inner) {
  int64_t o = id_of(rt_, outer);
  const TraceFuture* tf = future(o);
  add(EventKind::ShieldAbsorbed, 0, current_line(), current_task_id(), id_of(rt_, inner), tf ? tf->cause : -1, -1);
}

void Recorder::future_linked(const Value& fut, const Value& from) {
  int64_t fid = id_of(rt_, fut), src = id_of(rt_, from);
  if (fid < 0 || src < 0) return;
  note_future(fut);
  int64_t cause = -1;
  if (const TraceTask* t = task(src)) cause = t->cause;
  else if (const TraceFuture* f = future(src)) cause = f->cause;
  if (cause >= 0) track_future(fid).cause = cause;
}

void Recorder::timeout_converted(const Value& t, const Value&) {
  add(EventKind::TimeoutConverted, 0, current_line(), id_of(rt_, t), -1, -1, -1);
}

void Recorder::diagnostic(Diagnostic kind, const Value& subject, std::string_view detail) {
  int64_t sid = id_of(rt_, subject);
  int line = current_line();
  if (const Tracked* tr = tracked(sid); tr && tr->suspended) line = tr->await_line;
  if (kind == Diagnostic::NeverAwaited) {  // the subject is a coroutine, not a task
    add(EventKind::Diagnostic, static_cast<uint8_t>(kind), line, current_task_id(), -1, -1,
        intern_text(std::string(detail)));
    return;
  }
  std::string text(detail);
  if (text.empty()) {
    std::string who = sid >= 0 ? describe(sid) : "a future";
    switch (kind) {
      case Diagnostic::NeverRetrieved: {
        std::string r;
        if (subject && is_future_exact(rt_, subject) && as_future(subject)->exception) {
          const Value& exc = as_future(subject)->exception;
          repr_string(rt_, exc, &r);
          rt_.clear_error();
          // Tied to where it was raised: the innermost traceback entry.
          if (is_exception_instance(exc)) {
            for (Value tb = as_exc(exc)->traceback; tb && tb.type(rt_) == rt_.t.traceback;
                 tb = static_cast<TracebackObject*>(tb.obj())->next) {
              line = static_cast<TracebackObject*>(tb.obj())->lineno;
            }
          }
        }
        text = who + " failed with " + (r.empty() ? "an exception" : r) + " and nobody retrieved it";
        break;
      }
      case Diagnostic::DestroyedPending:
        text = who + " was destroyed while pending: nothing kept a reference to it or awaited it";
        break;
      case Diagnostic::PendingAtLoopClose: text = who + " was still pending when its event loop closed"; break;
      default: break;
    }
  } else if (kind == Diagnostic::LostResult) {
    text = (sid >= 0 ? describe(sid) : std::string("a task")) + " was cancelled after the future it awaited completed with " +
           text + ": that result is lost";
  }
  add(EventKind::Diagnostic, static_cast<uint8_t>(kind), line, sid, sid, -1, text.empty() ? -1 : intern_text(text));
}

void Recorder::output(int stream, std::string_view text) {
  add(EventKind::Output, static_cast<uint8_t>(stream), current_line(), current_task_id(), -1, -1,
      intern_text(std::string(text)));
}

// ---------------------------------------------------------------------------------------------
// Provenance in plain words

std::string Recorder::describe(int64_t id) const {
  if (const TraceTask* t = task(id)) return t->name + " (" + t->coro + ")";
  if (const TraceFuture* f = future(id)) return "a " + f->kind;
  return "an object";
}

static std::string source_words(CancelSource s) {
  switch (s) {
    case CancelSource::Shutdown: return "asyncio.run() shutdown";
    case CancelSource::Timeout: return "a timeout";
    case CancelSource::TaskGroup: return "its TaskGroup";
    case CancelSource::Gather: return "gather()";
    case CancelSource::WaitFor: return "wait_for()";
    case CancelSource::Interrupt: return "Ctrl+C (SIGINT)";
    case CancelSource::Internal: return "asyncio";
    case CancelSource::User: break;
  }
  return "";
}

// Nested cancel() requests (a task cancelling what it awaits) lead back to the one the program,
// or a tool, made.
static const TraceEvent& root_request(const EventLog& ev, const TraceEvent& e) {
  const TraceEvent* r = &e;
  while (r->cause >= 0 && ev[static_cast<size_t>(r->cause)].kind == EventKind::CancelRequested) {
    r = &ev[static_cast<size_t>(r->cause)];
  }
  return *r;
}

// A CancelledError's story: the deliveries it went through (the first is the one explained; each
// next one is the delivery into a task the previous one awaited), then the cancel() request that
// started it all (null when CancelledError was raised without one).
std::vector<std::string> Recorder::provenance(uint32_t seq) const {
  std::vector<std::string> parts;
  if (seq >= events_.size() || events_[seq].kind != EventKind::CancelDelivered) return parts;
  std::vector<const TraceEvent*> chain{&events_[seq]};
  const TraceEvent* request = nullptr;
  for (int guard = 0; guard < 256; ++guard) {
    int32_t c = chain.back()->cause;
    if (c < 0) break;
    const TraceEvent& e = events_[static_cast<size_t>(c)];
    if (e.kind == EventKind::CancelDelivered) {
      chain.push_back(&e);
      continue;
    }
    if (e.kind == EventKind::CancelRequested) request = &e;
    break;
  }

  auto coro_of = [&](int64_t id) {
    const TraceTask* t = task(id);
    return t ? t->coro + "()" : std::string("the main program");
  };
  auto at = [](int line) { return line ? " at line " + std::to_string(line) : std::string(); };
  auto by_words = [&](const TraceEvent& root) {
    auto src = static_cast<CancelSource>(root.sub);
    std::string by;
    if (src == CancelSource::Timeout) {
      by = root.line ? "the timeout set at line " + std::to_string(root.line) : "a timeout";
    } else {
      by = src != CancelSource::User      ? source_words(src)
           : root.task == root.target     ? std::string("itself")
           : root.task < 0 && root.aux >= 0 ? std::string("a done callback")
                                          : coro_of(root.task);
      by += at(root.line);
    }
    // Made by a callback that ran because a future finished (a TaskGroup's child, a done callback).
    if (root.task < 0 && root.aux >= 0) {
      const TraceTask* t = task(static_cast<int64_t>(root.aux));
      std::string how = !t                      ? "finished"
                        : t->state == "failed"    ? "failed"
                        : t->state == "cancelled" ? "was cancelled"
                                                  : "finished";
      by += " when " + describe(static_cast<int64_t>(root.aux)) + " " + how;
    }
    return by;
  };
  // " (through the _GatheringFuture it awaited)" when a delivery came through a plain future.
  auto through = [&](const TraceEvent* d) {
    if (d->target < 0 || task(d->target)) return std::string();
    const TraceFuture* f = future(d->target);
    return f ? " (through the " + f->kind + " it awaited)" : std::string();
  };

  const TraceEvent& d = *chain.front();
  parts.push_back(coro_of(d.task) + " got CancelledError" + at(d.line));

  if (!request) {
    if (d.target >= 0 && task(d.target)) {
      parts.push_back("because it awaited " + describe(d.target) + ", which raised CancelledError itself");
    } else {
      parts.push_back("because CancelledError was raised directly, not by a cancel() call");
    }
    return parts;
  }
  const TraceEvent& root = root_request(events_, *request);
  // Which task of the chain was the cancelled one, or which future one of them awaited?
  size_t k = chain.size();
  bool awaited_future = false;
  for (size_t i = 0; i < chain.size(); ++i) {
    if (chain[i]->task == root.target || (chain[i]->target == root.target && !task(root.target))) {
      k = i;
      awaited_future = chain[i]->task != root.target;
      break;
    }
  }
  if (k < chain.size() && awaited_future) {
    for (size_t i = 1; i <= k; ++i) {
      parts.push_back("because it awaited " + describe(chain[i]->task) + through(chain[i - 1]) + ", which got CancelledError" +
                      at(chain[i]->line));
    }
    const TraceFuture* f = future(root.target);
    parts.push_back("because the " + (f ? f->kind : std::string("future")) + " it awaited was cancelled by " +
                    by_words(root));
    return parts;
  }
  if (k == 0) {
    std::string s = "because " + coro_of(d.task) + " itself was cancelled by " + by_words(root);
    if (chain.size() > 1) s += " (the CancelledError came back through " + describe(chain[1]->task) + ", which it awaited)";
    parts.push_back(s);
    return parts;
  }
  if (k < chain.size()) {
    parts.push_back("because " + describe(chain[k]->task) + " was cancelled by " + by_words(root) +
                    (k == 1 ? through(&d) : std::string()));
    if (k > 1) {
      std::string via;
      for (size_t i = 1; i < k; ++i) via += (i > 1 ? " and " : "") + describe(chain[i]->task);
      parts.push_back("(the CancelledError reached it through " + via + ", which it awaited)");
    }
    return parts;
  }
  // The cancelled object is not one of the tasks the error went through: a future the last task
  // awaited, or a task (or gather) that passed the cancellation down to it.
  const TraceEvent& last = *chain.back();
  for (size_t i = 1; i < chain.size(); ++i) {
    parts.push_back("because it awaited " + describe(chain[i]->task) + through(chain[i - 1]) + ", which got CancelledError" +
                    at(chain[i]->line));
  }
  std::string passed;
  if (request != &root) {
    auto src = static_cast<CancelSource>(request->sub);
    if (src == CancelSource::User || src == CancelSource::Internal) {
      passed = " and passed the cancellation on to " + (request->target == last.task ? std::string("it") : describe(request->target));
    } else {
      passed = ", and " + source_words(src) + " passed the cancellation on";
    }
  }
  parts.push_back("because " + describe(root.target) + " was cancelled by " + by_words(root) + passed);
  return parts;
}

std::string Recorder::explain(uint32_t seq) const {
  std::string out;
  for (const std::string& p : provenance(seq)) {
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

static void on_exc_caught(Runtime& rt, const Value& exc, int line) {
  if (Recorder* r = recorder_of(rt)) r->exception_caught(exc, line);
}

Recorder* recorder_of(Runtime& rt) {
  auto it = rt.module_state.find("trace");
  return it == rt.module_state.end() ? nullptr : static_cast<Recorder*>(it->second.get());
}

Recorder* install_recorder(Runtime& rt) {
  auto rec = std::make_shared<Recorder>(rt);
  Recorder* r = rec.get();
  rt.module_state["trace"] = rec;
  rt.trace = r;
  if (AsyncioState* st = asyncio_state_if_any(rt)) st->trace = r;
  rt.on_exc_caught = on_exc_caught;
  return r;
}

}  // namespace ls
