// The timeline's own data model, independent of the core's trace format: trace_adapter.ts turns a
// trace into this. A run is a list of tasks (one lane each), spans of task state over the run
// (running, waiting on something, cancelling), point events (cancel requested, CancelledError
// delivered, caught, finished, output, …) and arrows between lanes (cancellations, awaits).
//
// Every item has a sequence number `seq` (the trace's global event order) and a virtual time. Both
// only grow along the run, so one sort order serves both axes: "time" (virtual seconds) and "step"
// (seq, for runs where everything happens at time 0). TimelineIndex keeps per-lane arrays sorted by
// seq and answers "what is visible between x0 and x1" with binary searches, thinned to at most one
// item per pixel column, so drawing costs O(visible pixels · log n), not O(events).

export type SpanState = "running" | "waiting" | "cancelling";
export type Outcome = "done" | "cancelled" | "failed" | "pending";

export type EventKind =
  | "created"
  | "cancel-requested" // cancel() called on this task
  | "cancelled-error" // a CancelledError delivered into this task's coroutine
  | "caught" // user code caught a CancelledError
  | "swallowed" // …and did not re-raise it
  | "shielded" // shield() absorbed a cancellation
  | "timeout" // a timeout converted a cancellation into TimeoutError
  | "uncancel"
  | "output" // the task printed something
  | "done"
  | "cancelled"
  | "failed"
  | "diagnostic"; // something the trace flags (a lost result, an exception never retrieved, …)

export interface TimelineTask {
  id: number;
  name: string; // "Task-2"
  coro: string; // "cancel_me()"
  createdLine?: number;
  parent?: number; // the task that created it
  outcome: Outcome;
}

export interface TimelineSpan {
  task: number;
  state: SpanState;
  startSeq: number;
  endSeq: number; // > startSeq
  startTime: number;
  endTime: number;
  line?: number; // where the task is (the await it waits at, the line it runs)
  label: string; // "waiting on Task-3", "running cancel_me()"
}

export interface TimelineEvent {
  seq: number;
  time: number;
  task: number;
  kind: EventKind;
  line?: number;
  label: string; // one line: "cancel() by main() at line 13"
  detail?: string; // more, e.g. the printed text or the exception
  provenance?: string[]; // for a CancelledError: the chain back to the cancel() calls, in plain words
}

export interface TimelineArrow {
  kind: "cancel" | "await";
  from: number; // task ids
  to: number;
  seq: number; // where the arrow starts (the cancel() call, the await)
  time: number;
  toSeq?: number; // where it lands (the CancelledError's delivery); the same point when absent
  toTime?: number;
  line?: number;
  label: string; // "cancel() at line 13"
}

export interface TimelineModel {
  tasks: TimelineTask[]; // lane order
  spans: TimelineSpan[];
  events: TimelineEvent[];
  arrows: TimelineArrow[];
}

export type AxisMode = "time" | "step";

export interface Extent {
  min: number;
  max: number;
}

function bySeq<T extends { seq: number }>(a: T, b: T): number {
  return a.seq - b.seq;
}

/** Index of the first element with key(element) >= value (array sorted by key), or length. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which kind shows when several events share a pixel column (higher wins). */
export const KIND_PRIORITY: Record<EventKind, number> = {
  "cancelled-error": 9,
  "cancel-requested": 8,
  failed: 7,
  cancelled: 7,
  swallowed: 6,
  diagnostic: 6,
  timeout: 5,
  shielded: 5,
  caught: 4,
  uncancel: 4,
  done: 3,
  output: 2,
  created: 1,
};

/** Span states in drawing order: where spans share a pixel, the higher rank shows. */
export const STATE_RANK: Record<SpanState, number> = { waiting: 1, running: 2, cancelling: 3 };
export const RANK_STATE: readonly SpanState[] = ["waiting", "waiting", "running", "cancelling"]; // [0]: none

/** Index of the first element of a sorted array >= value, searching [from, to). */
function lowerBoundArray(xs: Float64Array, value: number, from = 0, to = xs.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Per lane, the coordinates of its events and spans on both axes, as typed arrays: the visible-range
// queries run on these without touching the objects.
interface LaneCoordinates {
  spanRank: Uint8Array; // STATE_RANK of each span
  eventTime: Float64Array;
  eventSeq: Float64Array;
  eventPriority: Uint8Array;
  spanEndTime: Float64Array;
  spanEndSeq: Float64Array;
  spanStartTime: Float64Array;
  spanStartSeq: Float64Array;
}

export class TimelineIndex {
  readonly laneOf = new Map<number, number>(); // task id -> lane
  readonly eventsByLane: TimelineEvent[][];
  readonly spansByLane: TimelineSpan[][];
  readonly arrows: TimelineArrow[];
  readonly events: TimelineEvent[]; // all, by seq: the scrubber's order
  private readonly lanes: LaneCoordinates[];
  private readonly arrowTime: Float64Array;
  private readonly arrowSeq: Float64Array;

  constructor(readonly model: TimelineModel) {
    model.tasks.forEach((task, lane) => this.laneOf.set(task.id, lane));
    this.eventsByLane = model.tasks.map(() => []);
    this.spansByLane = model.tasks.map(() => []);
    for (const event of model.events) this.eventsByLane[this.lane(event.task)]?.push(event);
    for (const span of model.spans) this.spansByLane[this.lane(span.task)]?.push(span);
    for (const lane of this.eventsByLane) lane.sort(bySeq);
    for (const lane of this.spansByLane) lane.sort((a, b) => a.startSeq - b.startSeq);
    this.arrows = [...model.arrows].sort(bySeq);
    this.events = [...model.events].sort(bySeq);
    this.lanes = model.tasks.map((_, lane) => {
      const events = this.eventsByLane[lane];
      const spans = this.spansByLane[lane];
      return {
        spanRank: Uint8Array.from(spans, (s) => STATE_RANK[s.state]),
        eventTime: Float64Array.from(events, (e) => e.time),
        eventSeq: Float64Array.from(events, (e) => e.seq),
        eventPriority: Uint8Array.from(events, (e) => KIND_PRIORITY[e.kind] ?? 0),
        spanEndTime: Float64Array.from(spans, (s) => s.endTime),
        spanEndSeq: Float64Array.from(spans, (s) => s.endSeq),
        spanStartTime: Float64Array.from(spans, (s) => s.startTime),
        spanStartSeq: Float64Array.from(spans, (s) => s.startSeq),
      };
    });
    this.arrowTime = Float64Array.from(this.arrows, (a) => a.time);
    this.arrowSeq = Float64Array.from(this.arrows, (a) => a.seq);
  }

  private lane(task: number): number {
    return this.laneOf.get(task) ?? -1;
  }

  get laneCount(): number {
    return this.model.tasks.length;
  }

  /** The x extent of the whole run on an axis. */
  extent(mode: AxisMode): Extent {
    let min = Infinity;
    let max = -Infinity;
    const see = (v: number) => {
      if (v < min) min = v;
      if (v > max) max = v;
    };
    const first = this.events[0];
    const last = this.events[this.events.length - 1];
    if (first) see(eventX(first, mode));
    if (last) see(eventX(last, mode));
    for (const lane of this.spansByLane) {
      if (lane.length) {
        see(spanStart(lane[0], mode));
        see(spanEnd(lane[lane.length - 1], mode));
      }
    }
    if (this.arrows.length) {
      see(arrowX(this.arrows[0], mode));
      for (const arrow of this.arrows) see(arrowEndX(arrow, mode)); // ends may come later than starts
    }
    if (min === Infinity) return { min: 0, max: 1 };
    if (max - min < 1e-9) return { min: min - 0.5, max: max + 0.5 };
    return { min, max };
  }

  /**
   * The events of a lane with x in [x0, x1], at most one per pixel column of width `unit` (domain
   * units per pixel): within a column, the most important kind (among its first 16) wins.
   */
  visibleEvents(lane: number, x0: number, x1: number, unit: number, mode: AxisMode): TimelineEvent[] {
    const coordinates = this.lanes[lane];
    if (!coordinates) return [];
    const items = this.eventsByLane[lane];
    const xs = mode === "time" ? coordinates.eventTime : coordinates.eventSeq;
    const priority = coordinates.eventPriority;
    const out: TimelineEvent[] = [];
    const n = xs.length;
    let i = lowerBoundArray(xs, x0);
    while (i < n) {
      const x = xs[i];
      if (x > x1) break;
      let next = i + 1;
      if (unit > 0) {
        const columnEnd = x0 + (Math.floor((x - x0) / unit) + 1) * unit;
        if (next < n && xs[next] < columnEnd) next = lowerBoundArray(xs, columnEnd, next + 1);
      }
      let best = i;
      for (let j = i + 1, stop = Math.min(next, i + 16); j < stop; j++) if (priority[j] > priority[best]) best = j;
      out.push(items[best]);
      i = next;
    }
    return out;
  }

  /**
   * The spans of a lane overlapping [x0, x1]. Where spans are narrower than a pixel, one per pixel
   * column is returned (the rest would be drawn over it).
   */
  visibleSpans(lane: number, x0: number, x1: number, unit: number, mode: AxisMode): TimelineSpan[] {
    const coordinates = this.lanes[lane];
    if (!coordinates) return [];
    const items = this.spansByLane[lane];
    const starts = mode === "time" ? coordinates.spanStartTime : coordinates.spanStartSeq;
    const ends = mode === "time" ? coordinates.spanEndTime : coordinates.spanEndSeq;
    const out: TimelineSpan[] = [];
    const n = ends.length;
    let i = lowerBoundArray(ends, x0); // spans do not overlap within a lane: ends are sorted too
    while (i < n) {
      const start = starts[i];
      if (start > x1) break;
      let next = i + 1;
      let pick = i;
      if (unit > 0 && ends[i] - start < unit) {
        const columnEnd = x0 + (Math.floor((start - x0) / unit) + 1) * unit;
        if (next < n && ends[next] < columnEnd) next = lowerBoundArray(ends, columnEnd, next + 1);
        // In a column with several spans, activity (running, cancelling) shows over waiting.
        for (let j = i; j < Math.min(next, i + 16) && items[pick].state === "waiting"; j++) pick = j;
      }
      out.push(items[pick]);
      i = next;
    }
    return out;
  }

  /**
   * Paints a lane's spans into pixel columns: columns[c] becomes the highest STATE_RANK of the spans
   * covering column c of `count` columns of `unit` starting at x0 (activity shows over waiting).
   * Works on the typed arrays alone; visits at most about two spans per column. Returns how many
   * spans it visited.
   */
  paintSpanColumns(lane: number, x0: number, unit: number, mode: AxisMode, columns: Uint8Array, count: number): number {
    const coordinates = this.lanes[lane];
    columns.fill(0, 0, count);
    if (!coordinates || unit <= 0) return 0;
    const starts = mode === "time" ? coordinates.spanStartTime : coordinates.spanStartSeq;
    const ends = mode === "time" ? coordinates.spanEndTime : coordinates.spanEndSeq;
    const rank = coordinates.spanRank;
    const n = ends.length;
    const x1 = x0 + count * unit;
    let visited = 0;
    let i = lowerBoundArray(ends, x0);
    while (i < n) {
      const start = starts[i];
      if (start > x1) break;
      const left = (start - x0) / unit;
      const right = (ends[i] - x0) / unit;
      const c0 = left > 0 ? Math.floor(left) : 0;
      const c1 = Math.min(count, Math.max(c0 + 1, Math.ceil(right)));
      let best = rank[i];
      let next = i + 1;
      if (right - left < 1 && next < n && ends[next] < x0 + (c0 + 1) * unit) {
        // Spans wholly inside this column: the most active of them stands for all.
        next = lowerBoundArray(ends, x0 + (c0 + 1) * unit, next + 1);
        for (let j = i + 1; j < next; j++) if (rank[j] > best) best = rank[j];
      }
      for (let c = c0; c < c1; c++) if (columns[c] < best) columns[c] = best;
      visited++;
      i = next;
    }
    return visited;
  }

  /** How many spans of a lane overlap [x0, x1]. */
  spanCount(lane: number, x0: number, x1: number, mode: AxisMode): number {
    const coordinates = this.lanes[lane];
    if (!coordinates) return 0;
    const starts = mode === "time" ? coordinates.spanStartTime : coordinates.spanStartSeq;
    const ends = mode === "time" ? coordinates.spanEndTime : coordinates.spanEndSeq;
    return Math.max(0, lowerBoundArray(starts, x1 + Number.EPSILON * Math.abs(x1) + 1e-12) - lowerBoundArray(ends, x0));
  }

  /** Arrows that start in [x0, x1] or reach into it, at most one per pixel column. */
  visibleArrows(x0: number, x1: number, unit: number, mode: AxisMode, limit = 4000): TimelineArrow[] {
    const xs = mode === "time" ? this.arrowTime : this.arrowSeq;
    const out: TimelineArrow[] = [];
    let lastColumn = -Infinity;
    // Arrows are short (a cancel() lands soon after it is made): start a view's width earlier.
    for (let i = lowerBoundArray(xs, x0 - (x1 - x0)); i < xs.length && out.length < limit; i++) {
      const start = xs[i];
      if (start > x1) break;
      const arrow = this.arrows[i];
      if (arrowEndX(arrow, mode) < x0) continue;
      if (unit > 0) {
        const column = Math.floor((start - x0) / unit);
        if (column === lastColumn) continue;
        lastColumn = column;
      }
      out.push(arrow);
    }
    return out;
  }

  /** The event of a lane nearest to x within `tolerance` (domain units); ties go to importance. */
  eventNear(lane: number, x: number, tolerance: number, mode: AxisMode): TimelineEvent | null {
    const items = this.eventsByLane[lane] ?? [];
    const key = (event: TimelineEvent) => eventX(event, mode);
    let best: TimelineEvent | null = null;
    let bestDistance = Infinity;
    const stop = Math.min(items.length, lowerBound(items, x - tolerance, key) + 256);
    for (let i = lowerBound(items, x - tolerance, key); i < stop; i++) {
      const distance = Math.abs(key(items[i]) - x);
      if (key(items[i]) > x + tolerance) break;
      if (
        distance < bestDistance - 1e-12 ||
        (Math.abs(distance - bestDistance) <= 1e-12 && best && KIND_PRIORITY[items[i].kind] > KIND_PRIORITY[best.kind])
      ) {
        best = items[i];
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The span of a lane under x, if any. */
  spanAt(lane: number, x: number, mode: AxisMode): TimelineSpan | null {
    const items = this.spansByLane[lane] ?? [];
    const i = lowerBound(items, x, (span) => spanEnd(span, mode));
    const span = items[i];
    return span && spanStart(span, mode) <= x ? span : null;
  }

  /** Position in `events` (the scrubber's order) of the last event with seq <= `seq`, or -1. */
  eventIndexAtSeq(seq: number): number {
    return lowerBound(this.events, seq + 1, (event) => event.seq) - 1;
  }

  /** What each task was doing just after event `seq`: its span then, or its outcome if finished. */
  statesAt(seq: number): (SpanState | Outcome | "not started")[] {
    return this.model.tasks.map((task, lane) => {
      const created = this.eventsByLane[lane].find((event) => event.kind === "created");
      if (created && created.seq > seq) return "not started";
      const spans = this.spansByLane[lane];
      const span = spans[lowerBound(spans, seq + 1, (s) => s.endSeq)]; // the first span ending after seq
      if (span && span.startSeq <= seq) return span.state;
      return span ? "waiting" : task.outcome; // between spans: suspended; after the last: finished
    });
  }
}

export function eventX(event: TimelineEvent, mode: AxisMode): number {
  return mode === "time" ? event.time : event.seq;
}

export function spanStart(span: TimelineSpan, mode: AxisMode): number {
  return mode === "time" ? span.startTime : span.startSeq;
}

export function spanEnd(span: TimelineSpan, mode: AxisMode): number {
  return mode === "time" ? span.endTime : span.endSeq;
}

export function arrowX(arrow: TimelineArrow, mode: AxisMode): number {
  return mode === "time" ? arrow.time : arrow.seq;
}

export function arrowEndX(arrow: TimelineArrow, mode: AxisMode): number {
  return mode === "time" ? (arrow.toTime ?? arrow.time) : (arrow.toSeq ?? arrow.seq);
}
