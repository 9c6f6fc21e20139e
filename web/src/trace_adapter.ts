// THE INTEGRATION POINT between the core's cancellation trace (issue #7, `Run.traceJson()`, format in
// docs/trace-format.md) and the timeline (timeline/model.ts, drawn by timeline/view.ts).
//
// adaptTrace() reads the trace's JSON and fills a TimelineModel:
//   tasks     one lane per traced task in creation order (the tasks asyncio.run() makes for its own
//             shutdown are hidden, as --trace-text hides them), plus a "program" lane first when code
//             outside any task did something worth showing (printed, cancelled a task, a diagnostic);
//   spans     per task, contiguous and non-overlapping: "waiting to start" from creation to the first
//             step, "running" from step_started to step_ended (or task_done), "waiting on X" from
//             step_ended to the next step; where a cancel() request is pending (from the first
//             successful cancel() until the task finishes or uncancel() brings the count back to 0)
//             those spans are "cancelling" instead;
//   events    created, cancel requested (on the target's lane), CancelledError delivered (with the
//             trace's provenance chain), caught, swallowed, shield absorbed, timeout converted,
//             uncancel, output, finished, diagnostics — each with seq, virtual time, task, line and a
//             one-line label;
//   arrows    "cancel" from the requesting task to the target, from the cancel() call to the
//             CancelledError it caused in the target ("cancel() at line 13"); "await" from a task that
//             suspends on another task to that task.
// and lists the trace's diagnostics (swallowed cancellation, lost result, …) for the page's list.
// main.ts hands the result to the view and to the diagnostics list. Tested on real traces in
// tests/web/trace_adapter.test.js.
import type { ErrorMark } from "./traceback";
import type {
  EventKind,
  Outcome,
  SpanState,
  TimelineArrow,
  TimelineEvent,
  TimelineModel,
  TimelineSpan,
  TimelineTask,
} from "./timeline/model";
import { formatCount } from "./format";

/** Whether the page asks the core for a trace. */
export const TRACE_SUPPORTED = true;

/** The page's trace ceiling (the core's own is 2,000,000): a trace this long is ~20 MB of JSON that
 *  adapts in well under a second, and the timeline stays smooth; past it the run goes on and the
 *  trace is marked truncated. */
export const TRACE_EVENT_LIMIT = 250_000;

/** The trace format version this adapter reads (docs/trace-format.md). */
export const TRACE_VERSION = 1;

/** The lane for code outside any task (the main program, asyncio.run() itself, loop callbacks). */
export const PROGRAM_LANE = -1;

export interface TraceDiagnostic {
  kind: string; // "swallowed_cancel", "lost_result", … or "truncated" for the trace's own ceiling
  title: string; // "swallowed cancellation"
  message: string;
  line?: number; // where to jump in the editor
  task?: number; // lane id (PROGRAM_LANE for code outside tasks)
  taskName?: string;
  seq: number; // the diagnostic event, for selecting it in the timeline
  time: number;
}

export interface AdaptedTrace {
  model: TimelineModel | null; // null: nothing to draw, show `message` instead
  message: string;
  diagnostics: TraceDiagnostic[];
  truncated: boolean; // the run produced more events than the trace's ceiling
}

/** The editor's gutter marks: the errors found in stderr, then the trace's diagnostics as warnings on
 *  the lines no error has. */
export function gutterMarks(errors: readonly ErrorMark[], diagnostics: readonly TraceDiagnostic[]): ErrorMark[] {
  const marks = [...errors];
  const taken = new Set(errors.map((mark) => mark.line));
  for (const diagnostic of diagnostics) {
    if (!diagnostic.line || taken.has(diagnostic.line)) continue;
    taken.add(diagnostic.line);
    marks.push({ line: diagnostic.line, message: `${diagnostic.title}: ${diagnostic.message}`, severity: "warning" });
  }
  return marks;
}

// ---- the trace's JSON (docs/trace-format.md), as far as this adapter reads it ---------------------

interface RawTask {
  id: number;
  name: string;
  coro: string;
  line: number;
  parent: number | null;
  created_seq: number;
  created_time: number;
  state: string;
  outcome: string;
  internal?: boolean;
}

interface RawFuture {
  id: number;
  kind: string;
}

interface RawEvent {
  seq: number;
  t: number;
  kind: string;
  task: number | null;
  line: number;
  [field: string]: unknown;
}

interface RawTrace {
  format: string;
  version: number;
  truncated?: boolean;
  end_time?: number;
  tasks: RawTask[];
  futures?: RawFuture[];
  events: RawEvent[];
}

const DIAGNOSTIC_TITLES: Record<string, string> = {
  swallowed_cancel: "swallowed cancellation",
  lost_result: "lost result",
  exception_never_retrieved: "exception never retrieved",
  destroyed_pending: "task destroyed while pending",
  never_awaited: "coroutine never awaited",
  pending_at_loop_close: "pending when the loop closed",
};

function empty(message: string): AdaptedTrace {
  return { model: null, message, diagnostics: [], truncated: false };
}

const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

function oneLine(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const at = (line: number) => (line > 0 ? ` at line ${line}` : "");

/** Turns the core's trace JSON ("" when none was recorded) into the timeline's model. */
export function adaptTrace(traceJson: string): AdaptedTrace {
  if (traceJson === "") return empty("This run recorded no trace.");
  let trace: RawTrace;
  try {
    trace = JSON.parse(traceJson) as RawTrace;
  } catch (error) {
    return empty(`The trace could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!trace || trace.format !== "loopscope-trace" || !Array.isArray(trace.tasks) || !Array.isArray(trace.events)) {
    return empty("The trace could not be read: it is not a LoopScope trace.");
  }
  if (trace.version !== TRACE_VERSION) {
    return empty(`The trace is in format version ${trace.version}; this page reads version ${TRACE_VERSION}.`);
  }
  return new Adapter(trace).run();
}

class Adapter {
  private readonly rawTasks = new Map<number, RawTask>(); // every task, internal ones too
  private readonly futureKinds = new Map<number, string>();
  private readonly bySeq = new Map<number, RawEvent>();
  private readonly lanes = new Map<number, TimelineTask>(); // shown tasks by id
  private readonly tasks: TimelineTask[] = [];
  private readonly spans: TimelineSpan[] = [];
  private readonly events: TimelineEvent[] = [];
  private readonly arrows: TimelineArrow[] = [];
  private readonly diagnostics: TraceDiagnostic[] = [];
  private programLane: TimelineTask | null = null;
  private readonly lastSeq: number;
  private readonly lastTime: number;

  constructor(private readonly trace: RawTrace) {
    for (const task of trace.tasks) this.rawTasks.set(task.id, task);
    for (const future of trace.futures ?? []) this.futureKinds.set(future.id, future.kind);
    for (const event of trace.events) this.bySeq.set(event.seq, event);
    const last = trace.events[trace.events.length - 1];
    this.lastSeq = last ? last.seq : 0;
    this.lastTime = Math.max(last ? last.t : 0, num(trace.end_time) ?? 0);
    for (const task of trace.tasks) {
      if (task.internal) continue;
      const lane: TimelineTask = {
        id: task.id,
        name: task.name,
        coro: `${task.coro}()`,
        outcome: outcomeOf(task.state),
      };
      if (task.line > 0) lane.createdLine = task.line;
      if (task.parent !== null && task.parent !== undefined) lane.parent = task.parent;
      this.lanes.set(task.id, lane);
      this.tasks.push(lane);
    }
  }

  run(): AdaptedTrace {
    const requestDelivery = this.matchDeliveries();
    const cancelling = new Map<number, [number, number][]>(); // task -> [start, end) seq intervals
    const cancellingSince = new Map<number, number>();
    const endCancelling = (task: number, seq: number) => {
      const since = cancellingSince.get(task);
      if (since === undefined) return;
      cancellingSince.delete(task);
      if (seq > since) pushTo(cancelling, task, [since, seq]);
    };

    for (const event of this.trace.events) {
      const task = event.task;
      const shown = task === null ? false : this.lanes.has(task);
      if (task !== null && !shown) continue; // a hidden (internal) task's own doings
      switch (event.kind) {
        case "task_created":
          if (task !== null) {
            const parent = num(event.parent);
            this.addEvent(event, task, "created", `created by ${parent === null ? "the program" : this.who(parent)}${at(event.line)}`);
          }
          break;
        case "cancel_requested": {
          const target = num(event.target) ?? -1;
          const ok = event.result === true;
          const label = this.cancelLabel(event);
          if (this.lanes.has(target)) {
            const detail = this.cancelDetail(event);
            this.addEvent(event, target, "cancel-requested", label, detail);
            if (ok) {
              if (!cancellingSince.has(target)) cancellingSince.set(target, event.seq);
              const delivery = requestDelivery.get(event.seq);
              const from = this.requester(event);
              this.arrows.push({
                kind: "cancel",
                from,
                to: target,
                seq: event.seq,
                time: event.t,
                ...(delivery ? { toSeq: delivery.seq, toTime: delivery.t } : {}),
                ...(event.line > 0 ? { line: event.line } : {}),
                label: this.arrowLabel(event),
              });
            }
          } else if (event.source !== "internal" && !this.rawTasks.has(target)) {
            // cancel() of a plain future, by program code: shown where it was made.
            this.addEvent(event, this.laneFor(task), "cancel-requested", label, this.cancelDetail(event));
          }
          break;
        }
        case "cancel_delivered": {
          if (task === null) break;
          const provenance = stringList(event.provenance);
          const msg = str(event.msg);
          this.addEvent(
            event,
            task,
            "cancelled-error",
            `CancelledError${at(event.line)}${msg ? ` (${oneLine(msg, 40)})` : ""}`,
            msg ? `message: ${msg}` : undefined, // the chain itself shows as the provenance list
            provenance.length ? provenance : [`${this.who(task)} got CancelledError${at(event.line)}`],
          );
          break;
        }
        case "cancel_caught":
          if (task !== null) {
            this.addEvent(event, task, "caught", `caught the CancelledError${at(event.line)}`, undefined, this.provenanceOf(event.cause));
          }
          break;
        case "cancel_swallowed":
          if (task !== null) {
            this.addEvent(
              event,
              task,
              "swallowed",
              `swallowed the CancelledError${at(event.line)}: went on without re-raising it or calling uncancel()`,
              undefined,
              this.provenanceOf(event.cause),
            );
          }
          break;
        case "shield_absorbed": {
          const inner = num(event.inner);
          const lane = inner !== null && this.lanes.has(inner) ? inner : this.laneFor(task);
          const what = inner !== null && this.lanes.has(inner) ? this.lanes.get(inner)!.name : this.thing(inner);
          this.addEvent(event, lane, "shielded", `shield() absorbed a cancellation: ${what} goes on`, undefined, this.provenanceOf(event.cause));
          break;
        }
        case "timeout_converted":
          this.addEvent(event, this.laneFor(task), "timeout", `asyncio.timeout() turned the CancelledError into TimeoutError${at(event.line)}`);
          break;
        case "uncancelled": {
          const target = num(event.target);
          const remaining = num(event.remaining) ?? 0;
          const lane = target !== null && this.lanes.has(target) ? target : this.laneFor(task);
          const whose = target !== null && target !== task && this.lanes.has(target) ? ` of ${this.lanes.get(target)!.name}` : "";
          this.addEvent(event, lane, "uncancel", `uncancel()${whose}${at(event.line)}: ${remaining} cancel request${remaining === 1 ? "" : "s"} left`);
          if (target !== null) {
            if (remaining <= 0) endCancelling(target, event.seq);
          }
          break;
        }
        case "output": {
          const text = str(event.text) ?? "";
          const stream = event.stream === "stderr" ? "stderr" : "stdout";
          const shownText = oneLine(text, 60);
          this.addEvent(event, this.laneFor(task), "output", stream === "stderr" ? `wrote to stderr: ${shownText}` : `printed: ${shownText}`, text);
          break;
        }
        case "task_done":
          if (task !== null) {
            const outcome = str(event.outcome);
            const value = str(event.value) ?? "";
            if (outcome === "cancelled") this.addEvent(event, task, "cancelled", "finished: cancelled");
            else if (outcome === "failed") this.addEvent(event, task, "failed", `failed: ${oneLine(value, 60)}`, value);
            else this.addEvent(event, task, "done", `finished: returned ${oneLine(value, 50)}`, value);
            endCancelling(task, event.seq);
          }
          break;
        case "step_ended": {
          const awaited = num(event.awaiting);
          if (task !== null && awaited !== null && awaited !== task && this.lanes.has(awaited)) {
            this.arrows.push({
              kind: "await",
              from: task,
              to: awaited,
              seq: event.seq,
              time: event.t,
              ...(event.line > 0 ? { line: event.line } : {}),
              label: `await ${this.lanes.get(awaited)!.name}${at(event.line)}`,
            });
          }
          break;
        }
        case "diagnostic": {
          const kind = str(event.diagnostic) ?? "diagnostic";
          const title = DIAGNOSTIC_TITLES[kind] ?? kind.replace(/_/g, " ");
          const message = str(event.message) ?? title;
          const lane = this.laneFor(task);
          this.addEvent(event, lane, "diagnostic", `${title}: ${oneLine(message, 70)}`, message);
          const line = event.line > 0 ? event.line : task !== null ? this.rawTasks.get(task)?.line : undefined;
          this.diagnostics.push({
            kind,
            title,
            message,
            ...(line ? { line } : {}),
            task: lane,
            taskName: lane === PROGRAM_LANE ? "program" : this.lanes.get(lane)?.name,
            seq: event.seq,
            time: event.t,
          });
          break;
        }
      }
    }
    for (const task of cancellingSince.keys()) endCancelling(task, this.lastSeq + 1);

    this.buildSpans(cancelling);
    const truncated = this.trace.truncated === true;
    if (truncated) {
      this.diagnostics.push({
        kind: "truncated",
        title: "trace truncated",
        message: `The run produced more events than the trace keeps; the timeline stops at event ${formatCount(this.lastSeq)} while the run went on.`,
        seq: this.lastSeq,
        time: this.lastTime,
      });
    }
    if (this.programLane) this.tasks.unshift(this.programLane);
    const model: TimelineModel = { tasks: this.tasks, spans: this.spans, events: this.events, arrows: this.arrows };
    const message = this.tasks.length ? "" : "The program ran no asyncio tasks: there is no timeline to show.";
    return { model: this.tasks.length ? model : null, message, diagnostics: this.diagnostics, truncated };
  }

  // ---- naming ----------------------------------------------------------------------------------------

  /** How a task is named in labels: its given name, or its coroutine for an auto-named "Task-N". */
  private who(id: number): string {
    const task = this.rawTasks.get(id);
    if (!task) return this.thing(id);
    return /^Task-\d+$/.test(task.name) ? `${task.coro}()` : task.name;
  }

  /** A task or future by id: "Task-3", "Future#9". */
  private thing(id: number | null): string {
    if (id === null) return "a future";
    const task = this.rawTasks.get(id);
    if (task) return task.name;
    return `${this.futureKinds.get(id) ?? "Future"}#${id}`;
  }

  private laneFor(task: number | null): number {
    if (task !== null && this.lanes.has(task)) return task;
    if (!this.programLane) {
      this.programLane = { id: PROGRAM_LANE, name: "program", coro: "outside any task", outcome: "done" };
      this.lanes.set(PROGRAM_LANE, this.programLane);
    }
    return PROGRAM_LANE;
  }

  // ---- cancellations -----------------------------------------------------------------------------

  /** Who made a cancel() request: the task whose cancellation it passes on, the task it ran in, the task
   *  whose completion ran the callback that made it, or the program. */
  private requester(event: RawEvent): number {
    // A timeout, a shutdown or Ctrl+C is the loop's doing, not the code of the task it runs in.
    if (event.source === "timeout" || event.source === "shutdown" || event.source === "interrupt") return this.laneFor(null);
    const cause = this.bySeq.get(num(event.cause) ?? -1);
    if (cause?.kind === "cancel_requested") {
      const passer = num(cause.target);
      if (passer !== null && this.lanes.has(passer)) return passer;
    }
    if (event.task !== null && this.lanes.has(event.task)) return event.task;
    const callbackOf = num(event.callback_of);
    if (callbackOf !== null && this.lanes.has(callbackOf)) return callbackOf;
    return this.laneFor(null);
  }

  private passedOnFrom(event: RawEvent): string | null {
    const cause = this.bySeq.get(num(event.cause) ?? -1);
    if (cause?.kind !== "cancel_requested") return null;
    const passer = num(cause.target);
    return passer !== null && this.lanes.has(passer) ? this.lanes.get(passer)!.name : null; // gather() and the like say so already
  }

  private cancelLabel(event: RawEvent): string {
    const target = num(event.target);
    const onTask = target !== null && this.lanes.has(target);
    const call = onTask ? "cancel()" : `cancel(${this.thing(target)})`;
    const by = event.task !== null ? this.who(event.task) : null;
    const callbackOf = num(event.callback_of);
    let text: string;
    switch (event.source) {
      case "timeout":
        text = `${call} by asyncio.timeout()${event.line > 0 ? ` set at line ${event.line}` : ""}`;
        break;
      case "shutdown":
        text = `${call} by asyncio.run() shutdown`;
        break;
      case "taskgroup":
        text = `${call} by its TaskGroup${callbackOf !== null && this.rawTasks.has(callbackOf) ? ` when ${this.rawTasks.get(callbackOf)!.name} failed` : ""}`;
        break;
      case "gather":
        text = `${call} by gather()${at(event.line)}`;
        break;
      case "wait_for":
        text = `${call} by wait_for()${at(event.line)}`;
        break;
      case "interrupt":
        text = `${call} by Ctrl+C (KeyboardInterrupt)`;
        break;
      case "internal":
        text = `${call} inside asyncio${by ? ` (in ${by})` : ""}`;
        break;
      default:
        text = `${call} by ${by ?? (callbackOf !== null ? `a callback of ${this.thing(callbackOf)}` : "the program")}${at(event.line)}`;
    }
    const passedOn = this.passedOnFrom(event);
    if (passedOn) text += `, passed on from ${passedOn}`;
    if (event.result === false) text += " → False (nothing to cancel)";
    return text;
  }

  private cancelDetail(event: RawEvent): string | undefined {
    const msg = str(event.msg);
    return msg ? `message: ${msg}` : undefined;
  }

  private arrowLabel(event: RawEvent): string {
    const passedOn = this.passedOnFrom(event);
    const where = event.line > 0 ? `line ${event.line}` : "";
    switch (event.source) {
      case "timeout":
        return `timeout${where ? ` (${where})` : ""}`;
      case "shutdown":
        return "asyncio.run() shutdown";
      case "taskgroup":
        return "TaskGroup";
      case "interrupt":
        return "Ctrl+C";
      case "gather":
      case "wait_for":
        return `${event.source}()${where ? ` at ${where}` : ""}`;
      default:
        if (passedOn) return `passed on (cancel() at ${where || "?"})`;
        return `cancel()${where ? ` at ${where}` : ""}`;
    }
  }

  /** For each successful cancel_requested on a task, the CancelledError it caused in that task: the
   *  first delivery into the target whose chain of causes leads back to the request. */
  private matchDeliveries(): Map<number, RawEvent> {
    const out = new Map<number, RawEvent>();
    for (const event of this.trace.events) {
      if (event.kind !== "cancel_delivered" || event.task === null) continue;
      let cause = num(event.cause);
      for (let hops = 0; cause !== null && hops < 1000; hops++) {
        const link = this.bySeq.get(cause);
        if (!link) break;
        if (link.kind === "cancel_requested" && num(link.target) === event.task) {
          if (!out.has(link.seq)) out.set(link.seq, event);
          break;
        }
        if (link.kind !== "cancel_requested" && link.kind !== "cancel_delivered") break;
        const next = num(link.cause);
        if (next === null || next >= cause) break; // causes point backwards
        cause = next;
      }
    }
    return out;
  }

  private provenanceOf(cause: unknown): string[] | undefined {
    const delivery = this.bySeq.get(num(cause) ?? -1);
    if (!delivery) return undefined;
    if (delivery.kind === "cancel_delivered") {
      const list = stringList(delivery.provenance);
      return list.length ? list : undefined;
    }
    return undefined;
  }

  // ---- events and spans ------------------------------------------------------------------------------

  private addEvent(
    raw: RawEvent,
    task: number,
    kind: EventKind,
    label: string,
    detail?: string,
    provenance?: string[],
  ): void {
    const event: TimelineEvent = { seq: raw.seq, time: raw.t, task, kind, label };
    if (raw.line > 0) event.line = raw.line;
    if (detail !== undefined && detail !== "") event.detail = detail;
    if (provenance?.length) event.provenance = provenance;
    this.events.push(event);
  }

  private timeOf(seq: number): number {
    return this.bySeq.get(seq)?.t ?? this.lastTime;
  }

  private buildSpans(cancelling: Map<number, [number, number][]>): void {
    interface Open {
      state: SpanState;
      startSeq: number;
      line?: number;
      label: string;
    }
    const open = new Map<number, Open>();
    const timers = new Map<number, RawEvent>(); // per task: the last timer it set in its current step
    const close = (task: number, seq: number) => {
      const span = open.get(task);
      if (!span) return;
      open.delete(task);
      this.pushSpan(task, span.state, span.startSeq, seq, span.label, span.line, cancelling.get(task));
    };
    for (const event of this.trace.events) {
      const task = event.task;
      if (task === null || !this.lanes.has(task)) continue;
      const coro = this.lanes.get(task)!.coro;
      switch (event.kind) {
        case "task_created":
          open.set(task, { state: "waiting", startSeq: event.seq, label: "waiting to start" });
          break;
        case "timer_set":
          timers.set(task, event);
          break;
        case "step_started":
          timers.delete(task);
          close(task, event.seq);
          open.set(task, {
            state: "running",
            startSeq: event.seq,
            label: `running ${coro}`,
            ...(event.line > 0 ? { line: event.line } : {}),
          });
          break;
        case "step_ended": {
          close(task, event.seq);
          const awaited = num(event.awaiting);
          // A timer set at the line it suspends at (a sleep, a timeout) says when it should wake.
          const timer = timers.get(task);
          const when = timer && timer.line === event.line ? num(timer.when) : null;
          open.set(task, {
            state: "waiting",
            startSeq: event.seq,
            label:
              awaited === null
                ? "yielded (waiting for its next turn)"
                : `waiting on ${this.thing(awaited)}${when !== null ? ` (a timer for t = ${when})` : ""}`,
            ...(event.line > 0 ? { line: event.line } : {}),
          });
          break;
        }
        case "task_done":
          close(task, event.seq);
          break;
      }
    }
    for (const task of [...open.keys()]) close(task, Math.max(this.lastSeq, (open.get(task)?.startSeq ?? 0) + 1));
    this.spans.sort((a, b) => a.startSeq - b.startSeq);
  }

  /** Adds a span, cut where the task was being cancelled: those parts become "cancelling". */
  private pushSpan(
    task: number,
    state: SpanState,
    start: number,
    end: number,
    label: string,
    line: number | undefined,
    cancelling: [number, number][] | undefined,
  ): void {
    const add = (s: SpanState, a: number, b: number, l: string) => {
      if (b <= a) return;
      const span: TimelineSpan = { task, state: s, startSeq: a, endSeq: b, startTime: this.timeOf(a), endTime: this.timeOf(b), label: l };
      if (b > this.lastSeq) span.endTime = this.lastTime;
      if (line !== undefined) span.line = line;
      this.spans.push(span);
    };
    let cursor = start;
    for (const [cs, ce] of cancelling ?? []) {
      if (ce <= cursor || cs >= end) continue;
      add(state, cursor, Math.max(cursor, cs), label);
      const a = Math.max(cursor, cs);
      const b = Math.min(end, ce);
      add("cancelling", a, b, `cancelling: ${label}`);
      cursor = b;
    }
    add(state, cursor, end, label);
  }
}

function outcomeOf(state: string): Outcome {
  return state === "done" || state === "cancelled" || state === "failed" ? state : "pending";
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
