// Trace writers: LoopScope's JSON (the page and tools read it), a readable text timeline (the CLI's
// --trace-text), and the Chrome Trace Event format (--perfetto, opens in ui.perfetto.dev).
// Everything here is a pure function of the recorded events, so equal runs give equal bytes;
// numbers go through float_repr (Python's repr, shortest round-trip) for the same reason.
#include <algorithm>
#include <cstdio>
#include <string>

#include "object/float_format.hpp"
#include "trace/recorder.hpp"

namespace ls {

namespace {

class JsonOut {
 public:
  std::string s;
  void raw(std::string_view v) { s.append(v); }
  void str(std::string_view v) {
    s.push_back('"');
    for (unsigned char c : v) {
      switch (c) {
        case '"': s += "\\\""; break;
        case '\\': s += "\\\\"; break;
        case '\n': s += "\\n"; break;
        case '\r': s += "\\r"; break;
        case '\t': s += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            s += buf;
          } else {
            s.push_back(static_cast<char>(c));  // UTF-8 passes through
          }
      }
    }
    s.push_back('"');
  }
  void num(double d) {
    std::string r = float_repr(d);
    if (r == "inf" || r == "-inf" || r == "nan") r = "null";  // JSON has no infinities
    s += r;
  }
  void integer(int64_t v) { s += std::to_string(v); }
  void id(int64_t v) {  // -1 means "none"
    if (v < 0) s += "null";
    else s += std::to_string(v);
  }
  void boolean(bool b) { s += b ? "true" : "false"; }
  void key(std::string_view k) {
    if (!s.empty() && s.back() != '{' && s.back() != '[') s.push_back(',');
    str(k);
    s.push_back(':');
  }
  void sep() {
    if (!s.empty() && s.back() != '{' && s.back() != '[') s.push_back(',');
  }
};

const char* why_name(uint8_t w) {
  switch (static_cast<StepWhy>(w)) {
    case StepWhy::First: return "first";
    case StepWhy::Result: return "result";
    case StepWhy::Exception: return "exception";
    case StepWhy::Cancelled: return "cancelled";
    case StepWhy::Resumed: return "resumed";
  }
  return "?";
}

const char* source_name(uint8_t s) {
  switch (static_cast<CancelSource>(s)) {
    case CancelSource::User: return "user";
    case CancelSource::Shutdown: return "shutdown";
    case CancelSource::Timeout: return "timeout";
    case CancelSource::TaskGroup: return "taskgroup";
    case CancelSource::Gather: return "gather";
    case CancelSource::WaitFor: return "wait_for";
    case CancelSource::Interrupt: return "interrupt";
    case CancelSource::Internal: return "internal";
  }
  return "?";
}

const char* diagnostic_name(uint8_t d) {
  switch (static_cast<Diagnostic>(d)) {
    case Diagnostic::SwallowedCancel: return "swallowed_cancel";
    case Diagnostic::LostResult: return "lost_result";
    case Diagnostic::NeverRetrieved: return "exception_never_retrieved";
    case Diagnostic::DestroyedPending: return "destroyed_pending";
    case Diagnostic::NeverAwaited: return "never_awaited";
    case Diagnostic::PendingAtLoopClose: return "pending_at_loop_close";
  }
  return "?";
}

const char* outcome_name(uint8_t o) { return o == 0 ? "done" : o == 1 ? "failed" : "cancelled"; }

const std::string& text_of(const Recorder& r, const TraceEvent& e) {
  static const std::string empty;
  return e.text >= 0 ? r.strings()[static_cast<size_t>(e.text)] : empty;
}

}  // namespace

const char* event_kind_name(EventKind k) {
  switch (k) {
    case EventKind::TaskCreated: return "task_created";
    case EventKind::StepStarted: return "step_started";
    case EventKind::StepEnded: return "step_ended";
    case EventKind::TaskDone: return "task_done";
    case EventKind::CancelRequested: return "cancel_requested";
    case EventKind::CancelDelivered: return "cancel_delivered";
    case EventKind::CancelCaught: return "cancel_caught";
    case EventKind::CancelSwallowed: return "cancel_swallowed";
    case EventKind::Uncancelled: return "uncancelled";
    case EventKind::FutureCancelled: return "future_cancelled";
    case EventKind::FutureDone: return "future_done";
    case EventKind::CallbackScheduled: return "callback_scheduled";
    case EventKind::CallbackRun: return "callback_run";
    case EventKind::TimerSet: return "timer_set";
    case EventKind::TimerCancelled: return "timer_cancelled";
    case EventKind::ShieldAbsorbed: return "shield_absorbed";
    case EventKind::TimeoutConverted: return "timeout_converted";
    case EventKind::Diagnostic: return "diagnostic";
    case EventKind::Output: return "output";
  }
  return "?";
}

// ---------------------------------------------------------------------------------------------
// LoopScope JSON

static void event_fields(JsonOut& j, const Recorder& r, uint32_t seq, const TraceEvent& e) {
  const std::string& text = text_of(r, e);
  auto opt_text = [&](const char* k) {
    j.key(k);
    if (e.text >= 0) j.str(text);
    else j.raw("null");
  };
  switch (e.kind) {
    case EventKind::TaskCreated: j.key("parent"); j.id(e.target); break;
    case EventKind::StepStarted:
      j.key("why"); j.str(why_name(e.sub));
      j.key("from"); j.id(e.target);
      break;
    case EventKind::StepEnded: j.key("awaiting"); j.id(e.target); break;
    case EventKind::TaskDone:
      j.key("outcome"); j.str(outcome_name(e.sub));
      opt_text("value");
      j.key("cause"); j.id(e.cause);
      break;
    case EventKind::CancelRequested:
      j.key("target"); j.id(e.target);
      j.key("source"); j.str(source_name(e.sub));
      opt_text("msg");
      j.key("result"); j.boolean(e.flag != 0);
      j.key("cause"); j.id(e.cause);
      j.key("callback_of"); j.id(static_cast<int64_t>(e.aux));
      break;
    case EventKind::CancelDelivered: {
      j.key("from"); j.id(e.target);
      j.key("cause"); j.id(e.cause);
      opt_text("msg");
      j.key("provenance");
      j.raw("[");
      for (const std::string& p : r.provenance(seq)) {
        j.sep();
        j.str(p);
      }
      j.raw("]");
      break;
    }
    case EventKind::CancelCaught:
    case EventKind::CancelSwallowed: j.key("cause"); j.id(e.cause); break;
    case EventKind::Uncancelled:
      j.key("target"); j.id(e.target);
      j.key("remaining"); j.integer(static_cast<int64_t>(e.aux));
      break;
    case EventKind::FutureCancelled:
      j.key("target"); j.id(e.target);
      j.key("cause"); j.id(e.cause);
      break;
    case EventKind::FutureDone:
      j.key("target"); j.id(e.target);
      j.key("failed"); j.boolean(e.flag != 0);
      break;
    case EventKind::CallbackScheduled:
      j.key("handle"); j.id(e.target);
      j.key("wakes"); j.id(static_cast<int64_t>(e.aux));
      break;
    case EventKind::CallbackRun:
      j.key("handle"); j.id(e.target);
      j.key("timer"); j.boolean(e.flag != 0);
      break;
    case EventKind::TimerSet:
      j.key("handle"); j.id(e.target);
      j.key("when"); j.num(e.aux);
      break;
    case EventKind::TimerCancelled: j.key("handle"); j.id(e.target); break;
    case EventKind::ShieldAbsorbed:
      j.key("inner"); j.id(e.target);
      j.key("cause"); j.id(e.cause);
      break;
    case EventKind::TimeoutConverted: break;
    case EventKind::Diagnostic:
      j.key("diagnostic"); j.str(diagnostic_name(e.sub));
      opt_text("message");
      break;
    case EventKind::Output:
      j.key("stream"); j.str(e.sub == 2 ? "stderr" : "stdout");
      opt_text("text");
      break;
  }
}

std::string trace_to_json(const Recorder& r, std::string_view filename) {
  JsonOut j;
  j.s.reserve(256 + r.events().size() * 96);
  j.raw("{");
  j.key("format"); j.str("loopscope-trace");
  j.key("version"); j.integer(kTraceFormatVersion);
  j.key("file"); j.str(filename);
  j.key("truncated"); j.boolean(r.truncated());
  j.key("end_time"); j.num(r.events().empty() ? 0.0 : r.events().back().time);
  j.key("tasks");
  j.raw("[");
  for (const TraceTask& t : r.tasks()) {
    j.sep();
    j.raw("{");
    j.key("id"); j.integer(t.id);
    j.key("name"); j.str(t.name);
    j.key("coro"); j.str(t.coro);
    j.key("file"); j.str(t.file);
    j.key("line"); j.integer(t.line);
    j.key("parent"); j.id(t.parent);
    j.key("created_seq"); j.integer(t.created_seq);
    j.key("created_time"); j.num(t.created_time);
    j.key("state"); j.str(t.state);
    j.key("outcome"); j.str(t.outcome);
    j.key("cause"); j.id(t.cause);
    j.key("internal"); j.boolean(t.internal);
    j.raw("}");
  }
  j.raw("]");
  j.key("futures");
  j.raw("[");
  for (const TraceFuture* f : r.sorted_futures()) {
    j.sep();
    j.raw("{");
    j.key("id"); j.integer(f->id);
    j.key("kind"); j.str(f->kind);
    j.key("cause"); j.id(f->cause);
    j.raw("}");
  }
  j.raw("]");
  j.key("events");
  j.raw("[");
  for (uint32_t seq = 0; seq < r.events().size(); ++seq) {
    const TraceEvent& e = r.events()[seq];
    j.s += j.s.back() == '[' ? "\n" : ",\n";
    j.raw("{");
    j.key("seq"); j.integer(seq);
    j.key("t"); j.num(e.time);
    j.key("kind"); j.str(event_kind_name(e.kind));
    j.key("task"); j.id(e.task);
    j.key("line"); j.integer(e.line);
    event_fields(j, r, seq, e);
    j.raw("}");
  }
  j.raw("\n]}\n");
  return std::move(j.s);
}

// ---------------------------------------------------------------------------------------------
// Text timeline

static std::string fmt_time(double t) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%10.3f", t);
  return buf;
}

static std::string quoted(std::string_view s, size_t limit = 60) {
  std::string out = "'";
  for (char c : s.substr(0, limit)) out += c == '\n' ? std::string("\\n") : std::string(1, c);
  if (s.size() > limit) out += "...";
  return out + "'";
}

// The text timeline indents each task's lines two spaces per task in creation order, down to this
// many levels; later tasks share the deepest level (their names tell them apart). Without the cap a
// run with N tasks wrote up to 2N spaces on each line: 10,000 tasks made an 800 MB timeline (the
// WebAssembly build ran out of memory making it).
constexpr size_t kTextMaxLanes = 20;

std::string trace_to_text(const Recorder& r) {
  std::string out;
  auto name = [&](int64_t id) -> std::string {
    if (id < 0) return "program";
    if (const TraceTask* t = r.task(id)) return t->name;
    if (const TraceFuture* f = r.future(id)) return f->kind + "#" + std::to_string(id);
    return "#" + std::to_string(id);
  };
  auto lane = [&](int64_t id) -> size_t {
    if (id < 0) return 0;
    if (const TraceTask* t = r.task(id)) return std::min(1 + static_cast<size_t>(t - r.tasks().data()), kTextMaxLanes);
    return 0;
  };
  for (uint32_t seq = 0; seq < r.events().size(); ++seq) {
    const TraceEvent& e = r.events()[seq];
    if (const TraceTask* t = r.task(e.task); t && t->internal) continue;  // asyncio.run()'s own
    std::string what;
    const std::string& text = text_of(r, e);
    auto at = [&](int line) { return line ? " at line " + std::to_string(line) : std::string(); };
    switch (e.kind) {
      case EventKind::TaskCreated: {
        const TraceTask* t = r.task(e.task);
        what = "created (" + (t ? t->coro + "()" : std::string("?")) + ") by " + name(e.target) + at(e.line);
        break;
      }
      case EventKind::StepStarted:
        what = std::string("step starts (") + why_name(e.sub) + (e.target >= 0 ? " from " + name(e.target) : "") + ")";
        break;
      case EventKind::StepEnded:
        what = e.target >= 0 ? "suspends on " + name(e.target) + at(e.line) : "yields" + at(e.line);
        break;
      case EventKind::TaskDone:
        what = std::string("finished: ") + outcome_name(e.sub) + (text.empty() ? "" : " " + text);
        break;
      case EventKind::CancelRequested:
        what = "cancel(" + name(e.target) + (e.text >= 0 ? ", msg=" + text : "") + ")" + at(e.line) + " -> " +
               (e.flag ? "True" : "False");
        if (e.sub != 0) what += std::string(" [") + source_name(e.sub) + "]";
        break;
      case EventKind::CancelDelivered: what = r.explain(seq); break;
      case EventKind::CancelCaught: what = "catches CancelledError" + at(e.line); break;
      case EventKind::CancelSwallowed: what = "swallowed the CancelledError and goes on" + at(e.line); break;
      case EventKind::Uncancelled:
        what = "uncancel(" + name(e.target) + ") -> " + std::to_string(static_cast<int64_t>(e.aux));
        break;
      case EventKind::FutureCancelled: what = name(e.target) + " cancelled"; break;
      case EventKind::FutureDone: what = name(e.target) + (e.flag ? " failed" : " done"); break;
      case EventKind::CallbackScheduled:
        what = "call_soon(handle " + std::to_string(e.target) + ")" +
               (e.aux >= 0 ? " to wake " + name(static_cast<int64_t>(e.aux)) : "");
        break;
      case EventKind::CallbackRun:
        what = std::string(e.flag ? "timer fires" : "callback runs") + " (handle " + std::to_string(e.target) + ")";
        break;
      case EventKind::TimerSet:
        what = "timer at " + float_repr(e.aux) + " (handle " + std::to_string(e.target) + ")";
        break;
      case EventKind::TimerCancelled: what = "timer cancelled (handle " + std::to_string(e.target) + ")"; break;
      case EventKind::ShieldAbsorbed: what = "shield() absorbed a cancellation; " + name(e.target) + " goes on"; break;
      case EventKind::TimeoutConverted: what = "timeout: CancelledError becomes TimeoutError"; break;
      case EventKind::Diagnostic:
        what = std::string("warning [") + diagnostic_name(e.sub) + "]" + at(e.line) + ": " + text;
        break;
      case EventKind::Output:
        what = std::string(e.sub == 2 ? "stderr " : "prints ") + quoted(text);
        break;
    }
    out += fmt_time(e.time);
    out += "  ";
    out.append(2 * lane(e.task), ' ');
    out += name(e.task);
    out += ": ";
    out += what;
    out += '\n';
  }
  if (r.truncated()) out += "(trace truncated: event limit reached)\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// Chrome Trace Event format (Perfetto)

// Virtual time does not move while a step runs, so every event is placed at its virtual time in
// microseconds, pushed 1 µs past the previous event when several share an instant: slices get a
// width and keep their order.
static std::vector<int64_t> perfetto_timestamps(const EventLog& ev) {
  std::vector<int64_t> ts(ev.size());
  int64_t prev = -1;
  for (size_t i = 0; i < ev.size(); ++i) {
    double us = ev[i].time * 1e6;
    int64_t t = us > 9e15 ? int64_t(9e15) : static_cast<int64_t>(us);
    ts[i] = std::max(t, prev + 1);
    prev = ts[i];
  }
  return ts;
}

std::string trace_to_perfetto(const Recorder& r) {
  const auto& ev = r.events();
  std::vector<int64_t> ts = perfetto_timestamps(ev);
  JsonOut j;
  j.raw("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[");
  auto begin = [&](const char* ph, const std::string& name, int64_t tid, int64_t t) {
    j.s += j.s.back() == '[' ? "\n" : ",\n";
    j.raw("{");
    j.key("ph"); j.str(ph);
    j.key("name"); j.str(name);
    j.key("pid"); j.integer(1);
    j.key("tid"); j.integer(tid);
    j.key("ts"); j.integer(t);
  };
  auto tid_of = [](int64_t task) { return task < 0 ? 0 : task; };
  // Tracks: the main program (tid 0), then one per task in creation order.
  begin("M", "process_name", 0, 0);
  j.raw(",\"args\":{\"name\":\"LoopScope run\"}}");
  begin("M", "thread_name", 0, 0);
  j.raw(",\"args\":{\"name\":\"asyncio.run / callbacks\"}}");
  begin("M", "thread_sort_index", 0, 0);
  j.raw(",\"args\":{\"sort_index\":0}}");
  for (size_t i = 0; i < r.tasks().size(); ++i) {
    const TraceTask& t = r.tasks()[i];
    if (t.internal) continue;
    begin("M", "thread_name", t.id, 0);
    j.raw(",\"args\":{\"name\":");
    j.str(t.name + " " + t.coro + "()");
    j.raw("}}");
    begin("M", "thread_sort_index", t.id, 0);
    j.raw(",\"args\":{\"sort_index\":" + std::to_string(i + 1) + "}}");
  }
  // Which step start each delivery belongs to, so flows end inside a slice.
  std::vector<uint8_t> open(r.tasks().size() + 1, 0);
  auto lane = [&](int64_t task) -> size_t {
    if (task < 0) return 0;
    const TraceTask* t = r.task(task);
    return t ? 1 + static_cast<size_t>(t - r.tasks().data()) : 0;
  };
  int64_t flow_id = 0;
  std::vector<int64_t> flow_of(ev.size(), -1);  // CancelRequested seq -> flow id
  for (size_t i = 0; i < ev.size(); ++i) {
    const TraceEvent& e = ev[i];
    if (const TraceTask* t = r.task(e.task); t && t->internal) continue;  // asyncio.run()'s own
    int64_t tid = tid_of(e.task);
    const std::string& text = text_of(r, e);
    switch (e.kind) {
      case EventKind::StepStarted: {
        size_t l = lane(e.task);
        if (open[l]) {  // an unterminated step (should not happen): close it first
          begin("E", "step", tid, ts[i]);
          j.raw("}");
        }
        open[l] = 1;
        begin("B", std::string("step (") + why_name(e.sub) + ")", tid, ts[i]);
        j.raw(",\"cat\":\"step\",\"args\":{\"seq\":" + std::to_string(i) + ",\"line\":" + std::to_string(e.line) +
              "}}");
        break;
      }
      case EventKind::StepEnded:
      case EventKind::TaskDone: {
        size_t l = lane(e.task);
        if (e.kind == EventKind::TaskDone) {
          begin("i", std::string("finished: ") + outcome_name(e.sub), tid, ts[i]);
          j.raw(",\"s\":\"t\",\"args\":{\"value\":");
          j.str(text);
          j.raw("}}");
        }
        if (open[l]) {
          open[l] = 0;
          begin("E", "step", tid, ts[i]);
          j.raw("}");
        }
        break;
      }
      case EventKind::CancelRequested: {
        begin("i", "cancel(" + (r.task(e.target) ? r.task(e.target)->name : std::string("future")) + ")", tid, ts[i]);
        j.raw(",\"s\":\"t\",\"cat\":\"cancel\",\"args\":{\"line\":" + std::to_string(e.line) + ",\"source\":\"" +
              source_name(e.sub) + "\",\"result\":" + (e.flag ? "true" : "false") + "}}");
        if (e.flag && r.task(e.target)) {
          flow_of[i] = ++flow_id;
          begin("s", "cancel", tid, ts[i]);
          j.raw(",\"cat\":\"cancel\",\"id\":" + std::to_string(flow_id) + "}");
        }
        break;
      }
      case EventKind::CancelDelivered: {
        // The arrow ends where the CancelledError arrives; it starts at the root request.
        int64_t c = e.cause;
        while (c >= 0 && ev[static_cast<size_t>(c)].kind == EventKind::CancelRequested &&
               flow_of[static_cast<size_t>(c)] < 0 && ev[static_cast<size_t>(c)].cause >= 0) {
          c = ev[static_cast<size_t>(c)].cause;
        }
        begin("i", "CancelledError", tid, ts[i]);
        j.raw(",\"s\":\"t\",\"cat\":\"cancel\",\"args\":{\"line\":" + std::to_string(e.line) + ",\"why\":");
        j.str(r.explain(static_cast<uint32_t>(i)));
        j.raw("}}");
        if (c >= 0 && flow_of[static_cast<size_t>(c)] > 0) {
          begin("f", "cancel", tid, ts[i]);
          j.raw(",\"bp\":\"e\",\"cat\":\"cancel\",\"id\":" + std::to_string(flow_of[static_cast<size_t>(c)]) + "}");
        }
        break;
      }
      case EventKind::CancelCaught:
      case EventKind::CancelSwallowed:
      case EventKind::ShieldAbsorbed:
      case EventKind::TimeoutConverted:
      case EventKind::Uncancelled:
      case EventKind::Diagnostic:
      case EventKind::Output: {
        std::string label = event_kind_name(e.kind);
        if (e.kind == EventKind::Diagnostic) label = diagnostic_name(e.sub);
        begin("i", label, tid, ts[i]);
        j.raw(",\"s\":\"t\",\"args\":{\"line\":" + std::to_string(e.line));
        if (e.text >= 0) {
          j.raw(",\"text\":");
          j.str(text);
        }
        j.raw("}}");
        break;
      }
      default: break;  // callbacks, timers, futures: in the JSON trace, too fine-grained here
    }
  }
  // Close steps still open (a run stopped by the step budget).
  int64_t end = ev.empty() ? 0 : ts.back() + 1;
  for (size_t l = 0; l < open.size(); ++l) {
    if (!open[l]) continue;
    begin("E", "step", l == 0 ? 0 : r.tasks()[l - 1].id, end);
    j.raw("}");
  }
  j.raw("\n]}\n");
  return std::move(j.s);
}

}  // namespace ls
