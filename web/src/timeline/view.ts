// The timeline pane: one lane per task along virtual time (or "by step"), drawn on a canvas.
// Only what is visible is drawn, thinned to a pixel column at a time by TimelineIndex, so a run of
// 100k events pans and zooms smoothly. Hover shows an item's details; clicking an event selects it
// (the page moves the editor to its line) and shows its provenance chain in plain words; the
// scrubber and the arrow keys step through the run event by event with a cursor, and the lane
// labels show each task's state at the cursor. Every text reaches the DOM as textContent.
import {
  type AxisMode,
  arrowEndX,
  arrowX,
  type EventKind,
  eventX,
  RANK_STATE,
  type SpanState,
  spanEnd,
  spanStart,
  type TimelineArrow,
  TimelineIndex,
  type TimelineEvent,
  type TimelineModel,
  type TimelineSpan,
} from "./model";
import { formatCount } from "../format";

export interface TimelineOptions {
  /** The user selected an event (click, scrubber, arrow keys). */
  onSelect?: (event: TimelineEvent) => void;
}

export interface TimelineStats {
  frameMs: number; // the last draw
  frames: number;
  lanes: number; // drawn in the last frame
  spans: number;
  events: number;
  arrows: number;
}

const LABEL_W = 168;
const AXIS_H = 24;
const LANE_H = 28;

type Hit =
  | { kind: "event"; event: TimelineEvent }
  | { kind: "span"; span: TimelineSpan }
  | { kind: "arrow"; arrow: TimelineArrow };

interface Palette {
  bg: string;
  stripe: string;
  fg: string;
  muted: string;
  grid: string;
  border: string;
  accent: string;
  running: string;
  waiting: string;
  cancelling: string;
  done: string;
  cancelled: string;
  failed: string;
  cancel: string;
  await: string;
  output: string;
  warning: string;
  font: string;
}

let instances = 0;

export class TimelineView {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly tooltip: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly summary: HTMLElement; // the lanes and cancellations as text, for screen readers (and tests)
  private readonly details: HTMLElement;
  private readonly scrubber: HTMLInputElement;
  private readonly scrubLabel: HTMLElement;
  private readonly modeInputs: HTMLInputElement[];
  private readonly resizeObserver: ResizeObserver;

  private index: TimelineIndex | null = null;
  private mode: AxisMode = "time";
  private x0 = 0;
  private x1 = 1;
  private scrollY = 0;
  private width = 0;
  private height = 0;
  private cursor = -1; // position in index.events
  private selected: TimelineEvent | null = null;
  private hover: Hit | null = null;
  private frameRequested = false;
  private palette: Palette | null = null;
  private glyphs: Glyphs | null = null;
  private columns = new Uint8Array(0); // a lane's span state per pixel column, during a frame
  readonly stats: TimelineStats = { frameMs: 0, frames: 0, lanes: 0, spans: 0, events: 0, arrows: 0 };

  constructor(
    container: HTMLElement,
    private readonly options: TimelineOptions = {},
  ) {
    const id = ++instances;
    this.root = el("div", "tl");
    const toolbar = el("div", "tl-toolbar");
    const axis = el("div", "tl-axis-mode");
    axis.setAttribute("role", "radiogroup");
    axis.setAttribute("aria-label", "Timeline axis");
    this.modeInputs = (["time", "step"] as const).map((mode) => {
      const label = el("label", "tl-radio");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = `tl-axis-${id}`;
      input.value = mode;
      input.checked = mode === this.mode;
      input.addEventListener("change", () => input.checked && this.setMode(mode));
      label.append(input, document.createTextNode(mode === "time" ? " Virtual time" : " By step"));
      axis.append(label);
      return input;
    });
    const zoomOut = button("−", "Zoom out (-)", () => this.zoom(1.6));
    const zoomIn = button("+", "Zoom in (+)", () => this.zoom(1 / 1.6));
    const fit = button("Fit", "Show the whole run (0)", () => this.fit());
    this.scrubber = document.createElement("input");
    this.scrubber.type = "range";
    this.scrubber.className = "tl-scrubber";
    this.scrubber.min = "0";
    this.scrubber.max = "0";
    this.scrubber.value = "0";
    this.scrubber.setAttribute("aria-label", "Step through the run event by event");
    this.scrubber.addEventListener("input", () => this.setCursor(Number(this.scrubber.value)));
    this.scrubLabel = el("span", "tl-scrub-label");
    toolbar.append(axis, zoomOut, zoomIn, fit, this.scrubber, this.scrubLabel);

    this.body = el("div", "tl-body");
    this.body.tabIndex = 0;
    this.body.setAttribute("role", "application");
    this.body.setAttribute(
      "aria-label",
      "Timeline of tasks. Left and Right step through events, Up and Down scroll lanes, plus and minus zoom, 0 fits.",
    );
    this.canvas = document.createElement("canvas");
    this.canvas.className = "tl-canvas";
    this.ctx = this.canvas.getContext("2d", { alpha: false })!;
    this.tooltip = el("div", "tl-tooltip");
    this.tooltip.setAttribute("role", "tooltip");
    this.tooltip.hidden = true;
    this.empty = el("div", "tl-empty");
    this.body.append(this.canvas, this.tooltip, this.empty);
    this.details = el("div", "tl-details");
    this.details.setAttribute("aria-live", "polite");
    this.details.hidden = true;
    this.summary = el("div", "visually-hidden tl-summary");
    this.root.append(toolbar, this.body, this.details, this.summary);
    container.append(this.root);

    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(this.body);
    this.bindInput();
    this.setModel(null, "");
  }

  // ---- public API ---------------------------------------------------------------------------

  /** Shows a run (or, with null, the message instead of a timeline). */
  setModel(model: TimelineModel | null, emptyMessage = ""): void {
    this.index = model && model.tasks.length ? new TimelineIndex(model) : null;
    this.selected = null;
    this.hover = null;
    this.cursor = -1;
    this.scrollY = 0;
    this.details.hidden = true;
    this.tooltip.hidden = true;
    const hasData = this.index !== null;
    this.root.classList.toggle("tl-has-data", hasData);
    this.empty.hidden = hasData;
    this.empty.textContent = hasData ? "" : emptyMessage;
    this.canvas.hidden = !hasData;
    const count = this.index?.events.length ?? 0;
    this.scrubber.max = String(Math.max(0, count - 1));
    this.scrubber.value = "0";
    this.scrubber.disabled = count === 0;
    this.scrubLabel.textContent = count ? `${formatCount(count)} events` : "";
    this.root.dataset.lanes = String(this.index?.laneCount ?? 0);
    this.writeSummary();
    this.fit();
  }

  /** The run in words, in a visually hidden list: each lane with its outcome, each cancellation. */
  private writeSummary(): void {
    const index = this.index;
    if (!index) {
      this.summary.replaceChildren();
      return;
    }
    const LIMIT = 200; // a summary, not a copy of a 100k-event run
    const name = (id: number) => {
      const lane = index.laneOf.get(id);
      return lane === undefined ? `task ${id}` : index.model.tasks[lane].name;
    };
    const lanes = el("ul", "tl-lanes");
    lanes.setAttribute("aria-label", "Tasks");
    for (const task of index.model.tasks.slice(0, LIMIT)) {
      const item = el("li", "");
      item.dataset.task = String(task.id);
      item.textContent = `${task.name} (${task.coro}): ${task.outcome}${task.createdLine ? `, created at line ${task.createdLine}` : ""}`;
      lanes.append(item);
    }
    const arrows = el("ul", "tl-arrows");
    arrows.setAttribute("aria-label", "Cancellations");
    for (const arrow of index.arrows.filter((a) => a.kind === "cancel").slice(0, LIMIT)) {
      const item = el("li", "");
      item.dataset.kind = arrow.kind;
      item.dataset.from = String(arrow.from);
      item.dataset.to = String(arrow.to);
      item.textContent = `${name(arrow.from)} → ${name(arrow.to)}: ${arrow.label}`;
      arrows.append(item);
    }
    this.summary.replaceChildren(lanes, arrows);
  }

  get axisMode(): AxisMode {
    return this.mode;
  }

  get viewport(): { x0: number; x1: number; scrollY: number } {
    return { x0: this.x0, x1: this.x1, scrollY: this.scrollY };
  }

  setMode(mode: AxisMode): void {
    if (mode === this.mode) return;
    // Keep the cursor's event in view across the switch.
    const anchor = this.cursorEvent;
    this.mode = mode;
    for (const input of this.modeInputs) input.checked = input.value === mode;
    this.fit();
    if (anchor) this.reveal(anchor);
  }

  fit(): void {
    if (this.index) {
      const { min, max } = this.index.extent(this.mode);
      const pad = (max - min) * 0.02;
      this.x0 = min - pad;
      this.x1 = max + pad;
    } else {
      this.x0 = 0;
      this.x1 = 1;
    }
    this.invalidate();
  }

  /** Zooms by `factor` (< 1 zooms in) around a canvas x position (default: the middle). */
  zoom(factor: number, aroundPx?: number): void {
    const plot = this.plotWidth;
    const px = aroundPx === undefined ? LABEL_W + plot / 2 : aroundPx;
    const at = this.toDomain(px);
    const span = Math.max((this.x1 - this.x0) * factor, this.mode === "step" ? 4 : 1e-6);
    const ratio = (px - LABEL_W) / plot;
    this.x0 = at - span * ratio;
    this.x1 = this.x0 + span;
    this.invalidate();
  }

  /** Pans by a number of pixels (positive: later in the run). */
  pan(dxPx: number, dyPx = 0): void {
    const unit = (this.x1 - this.x0) / this.plotWidth;
    this.x0 += dxPx * unit;
    this.x1 += dxPx * unit;
    this.scrollY = this.clampScroll(this.scrollY + dyPx);
    this.invalidate();
  }

  /** Moves the cursor to an event (by its position in seq order) and selects it. */
  setCursor(position: number): void {
    if (!this.index || !this.index.events.length) return;
    this.moveCursor(position);
    this.select(this.index.events[this.cursor]);
  }

  private moveCursor(position: number): void {
    const count = this.index!.events.length;
    this.cursor = Math.max(0, Math.min(count - 1, Math.round(position)));
    this.scrubber.value = String(this.cursor);
    this.scrubLabel.textContent = `event ${formatCount(this.cursor + 1)} of ${formatCount(count)}`;
  }

  get cursorEvent(): TimelineEvent | null {
    return this.index && this.cursor >= 0 ? this.index.events[this.cursor] : null;
  }

  select(event: TimelineEvent | null): void {
    this.selected = event;
    this.showDetails(event); // may shrink the canvas: measure again before revealing
    this.resize();
    if (event) this.reveal(event);
    this.invalidate();
    if (event) this.options.onSelect?.(event);
  }

  /** Moves the cursor to the event with this seq (on this task's lane, if given) and selects it. */
  selectSeq(seq: number, task?: number): TimelineEvent | null {
    if (!this.index) return null;
    const events = this.index.events;
    for (let i = this.index.eventIndexAtSeq(seq); i >= 0 && events[i].seq === seq; i--) {
      if (task === undefined || events[i].task === task) {
        this.moveCursor(i);
        this.select(events[i]);
        return events[i];
      }
    }
    return null;
  }

  /** Re-reads the colours from CSS (call after a theme change). */
  refreshColors(): void {
    this.palette = null;
    this.invalidate();
  }

  /** Draws now (tests and benchmarks; the view otherwise draws on the next animation frame). */
  render(): void {
    this.frameRequested = false;
    this.draw();
  }

  /** The canvas position (CSS pixels) of an event, for tests; null when not in the visible lanes. */
  positionOf(event: TimelineEvent): { x: number; y: number } | null {
    if (!this.index) return null;
    const lane = this.index.laneOf.get(event.task);
    if (lane === undefined) return null;
    const y = AXIS_H + lane * LANE_H - this.scrollY + LANE_H / 2;
    if (y < AXIS_H || y > this.height) return null;
    return { x: this.toPx(eventX(event, this.mode)), y };
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.root.remove();
  }

  // ---- geometry --------------------------------------------------------------------------------

  private get plotWidth(): number {
    return Math.max(1, this.width - LABEL_W);
  }

  private toPx(x: number): number {
    return LABEL_W + ((x - this.x0) / (this.x1 - this.x0)) * this.plotWidth;
  }

  private toDomain(px: number): number {
    return this.x0 + ((px - LABEL_W) / this.plotWidth) * (this.x1 - this.x0);
  }

  private laneY(lane: number): number {
    return AXIS_H + lane * LANE_H - this.scrollY;
  }

  private clampScroll(y: number): number {
    const total = (this.index?.laneCount ?? 0) * LANE_H;
    return Math.max(0, Math.min(y, total - (this.height - AXIS_H)));
  }

  private reveal(event: TimelineEvent): void {
    const x = eventX(event, this.mode);
    const span = this.x1 - this.x0;
    if (x < this.x0 + span * 0.05 || x > this.x1 - span * 0.05) {
      this.x0 = x - span / 2;
      this.x1 = x + span / 2;
    }
    const lane = this.index?.laneOf.get(event.task);
    if (lane !== undefined) {
      const top = lane * LANE_H;
      const visible = this.height - AXIS_H;
      if (top < this.scrollY) this.scrollY = this.clampScroll(top);
      else if (top + LANE_H > this.scrollY + visible) this.scrollY = this.clampScroll(top + LANE_H - visible);
    }
    this.invalidate();
  }

  private resize(): void {
    const rect = this.body.getBoundingClientRect();
    this.width = Math.max(0, Math.floor(rect.width));
    this.height = Math.max(0, Math.floor(rect.height));
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, Math.floor(this.width * ratio));
    this.canvas.height = Math.max(1, Math.floor(this.height * ratio));
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    this.scrollY = this.clampScroll(this.scrollY);
    this.render();
  }

  private invalidate(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      if (this.frameRequested) this.render();
    });
  }

  // ---- input -------------------------------------------------------------------------------------

  private bindInput(): void {
    const canvas = this.canvas;
    let drag: { x: number; y: number; moved: boolean; id: number } | null = null;

    canvas.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
      canvas.setPointerCapture(event.pointerId);
    });
    canvas.addEventListener("pointermove", (event) => {
      const point = this.localPoint(event);
      if (drag && drag.id === event.pointerId) {
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (drag.moved || Math.abs(dx) + Math.abs(dy) > 3) {
          drag.moved = true;
          drag.x = event.clientX;
          drag.y = event.clientY;
          this.pan(-dx, -dy);
          this.tooltip.hidden = true;
          return;
        }
      }
      this.setHover(this.hitTest(point.x, point.y), point);
    });
    const end = (event: PointerEvent) => {
      if (!drag || drag.id !== event.pointerId) return;
      const wasDrag = drag.moved;
      drag = null;
      if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
      if (wasDrag || event.type === "pointercancel") return;
      const point = this.localPoint(event);
      const hit = this.hitTest(point.x, point.y);
      if (hit?.kind === "event") {
        const position = this.positionInRun(hit.event);
        if (position >= 0) this.moveCursor(position);
        this.select(hit.event);
      } else if (hit?.kind === "arrow") {
        const event = this.index!.eventsByLane[this.index!.laneOf.get(hit.arrow.to) ?? -1]?.find((e) => e.seq >= (hit.arrow.toSeq ?? hit.arrow.seq));
        if (event) this.select(event);
      }
    };
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    canvas.addEventListener("pointerleave", () => this.setHover(null, { x: 0, y: 0 }));
    canvas.addEventListener(
      "wheel",
      (event) => {
        event.preventDefault();
        const point = this.localPoint(event);
        if (event.ctrlKey || event.metaKey) {
          this.zoom(Math.exp(event.deltaY * 0.002), point.x);
        } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
          this.pan(event.shiftKey ? event.deltaY : event.deltaX, 0);
        } else {
          this.pan(0, event.deltaY);
        }
      },
      { passive: false },
    );

    this.body.addEventListener("keydown", (event) => {
      if (!this.index) return;
      const page = this.plotWidth / 4;
      switch (event.key) {
        case "ArrowRight":
          if (event.shiftKey) this.pan(page);
          else this.setCursor(this.cursor + 1);
          break;
        case "ArrowLeft":
          if (event.shiftKey) this.pan(-page);
          else this.setCursor(this.cursor < 0 ? 0 : this.cursor - 1);
          break;
        case "ArrowUp":
          this.pan(0, -LANE_H);
          break;
        case "ArrowDown":
          this.pan(0, LANE_H);
          break;
        case "Home":
          this.setCursor(0);
          break;
        case "End":
          this.setCursor(this.index.events.length - 1);
          break;
        case "+":
        case "=":
          this.zoom(1 / 1.6);
          break;
        case "-":
          this.zoom(1.6);
          break;
        case "0":
          this.fit();
          break;
        default:
          return;
      }
      event.preventDefault();
    });
  }

  private positionInRun(event: TimelineEvent): number {
    const events = this.index!.events;
    for (let i = this.index!.eventIndexAtSeq(event.seq); i >= 0 && events[i].seq === event.seq; i--) {
      if (events[i] === event) return i;
    }
    return -1;
  }

  private localPoint(event: MouseEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private hitTest(x: number, y: number): Hit | null {
    const index = this.index;
    if (!index || x < LABEL_W || y < AXIS_H) return null;
    const lane = Math.floor((y - AXIS_H + this.scrollY) / LANE_H);
    if (lane < 0 || lane >= index.laneCount) return null;
    const unit = (this.x1 - this.x0) / this.plotWidth;
    const domain = this.toDomain(x);
    const event = index.eventNear(lane, domain, unit * 5, this.mode);
    if (event) return { kind: "event", event };
    const laneTop = this.laneY(lane);
    for (const arrow of index.visibleArrows(domain - unit * 3, domain + unit * 3, unit, this.mode, 50)) {
      const from = index.laneOf.get(arrow.from);
      const to = index.laneOf.get(arrow.to);
      if (from === undefined || to === undefined) continue;
      const top = Math.min(from, to);
      const bottom = Math.max(from, to);
      if (lane >= top && lane <= bottom && Math.abs(this.toPx(arrowX(arrow, this.mode)) - x) <= 4) {
        return { kind: "arrow", arrow };
      }
    }
    const span = index.spanAt(lane, domain, this.mode);
    if (span && y >= laneTop + 4 && y <= laneTop + LANE_H - 4) return { kind: "span", span };
    return null;
  }

  private setHover(hit: Hit | null, point: { x: number; y: number }): void {
    const same =
      hit === this.hover ||
      (hit && this.hover && hit.kind === this.hover.kind &&
        (hit.kind === "event" ? hit.event === (this.hover as { event: TimelineEvent }).event
          : hit.kind === "span" ? hit.span === (this.hover as { span: TimelineSpan }).span
          : hit.arrow === (this.hover as { arrow: TimelineArrow }).arrow));
    this.hover = hit;
    this.canvas.style.cursor = hit?.kind === "event" || hit?.kind === "arrow" ? "pointer" : "default";
    if (!hit) {
      this.tooltip.hidden = true;
      if (!same) this.invalidate();
      return;
    }
    if (!same) {
      this.tooltip.replaceChildren(...this.describe(hit).map((line, i) => {
        const div = el("div", i === 0 ? "tl-tip-title" : "tl-tip-line");
        div.textContent = line;
        return div;
      }));
      this.invalidate();
    }
    this.tooltip.hidden = false;
    const tipWidth = this.tooltip.offsetWidth;
    const left = point.x + 14 + tipWidth > this.width ? Math.max(0, point.x - 14 - tipWidth) : point.x + 14;
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${Math.min(point.y + 14, Math.max(0, this.height - this.tooltip.offsetHeight))}px`;
  }

  private describe(hit: Hit): string[] {
    const index = this.index!;
    const taskName = (id: number) => {
      const lane = index.laneOf.get(id);
      return lane === undefined ? `task ${id}` : index.model.tasks[lane].name;
    };
    const where = (seq: number, time: number, line?: number) =>
      `t = ${formatTime(time)} · step ${formatCount(seq)}${line ? ` · line ${line}` : ""}`;
    switch (hit.kind) {
      case "event": {
        const e = hit.event;
        const lines = [`${taskName(e.task)}: ${e.label}`, where(e.seq, e.time, e.line)];
        if (e.detail) lines.push(truncate(e.detail, 300));
        if (e.provenance?.length) lines.push("Click to see where this cancellation came from.");
        return lines;
      }
      case "span": {
        const s = hit.span;
        return [
          `${taskName(s.task)}: ${s.label}`,
          `from t = ${formatTime(s.startTime)} to ${formatTime(s.endTime)} · steps ${formatCount(s.startSeq)}–${formatCount(s.endSeq)}${s.line ? ` · line ${s.line}` : ""}`,
        ];
      }
      case "arrow": {
        const a = hit.arrow;
        return [`${taskName(a.from)} → ${taskName(a.to)}: ${a.label}`, where(a.seq, a.time, a.line)];
      }
    }
  }

  private showDetails(event: TimelineEvent | null): void {
    if (!event || !this.index) {
      this.details.hidden = true;
      return;
    }
    const lane = this.index.laneOf.get(event.task);
    const task = lane === undefined ? null : this.index.model.tasks[lane];
    const title = el("div", "tl-details-title");
    title.textContent = `${task ? `${task.name} (${task.coro})` : `task ${event.task}`}: ${event.label}`;
    const meta = el("div", "tl-details-meta");
    meta.textContent = `t = ${formatTime(event.time)} · step ${formatCount(event.seq)}${event.line ? ` · line ${event.line}` : ""}`;
    const parts: HTMLElement[] = [title, meta];
    if (event.detail) {
      const detail = el("pre", "tl-details-text");
      detail.textContent = truncate(event.detail, 4000);
      parts.push(detail);
    }
    if (event.provenance?.length) {
      const heading = el("div", "tl-details-heading");
      heading.textContent = "Where this cancellation came from:";
      const list = el("ol", "tl-provenance");
      for (const step of event.provenance) {
        const item = el("li", "");
        item.textContent = step;
        list.append(item);
      }
      parts.push(heading, list);
    }
    if (this.cursor >= 0) {
      const states = this.index.statesAt(this.index.events[this.cursor].seq);
      const summary = el("div", "tl-details-meta");
      summary.textContent = `At this moment: ${this.index.model.tasks
        .map((t, i) => `${t.name} ${states[i]}`)
        .slice(0, 12)
        .join(", ")}${this.index.laneCount > 12 ? ", …" : ""}`;
      parts.push(summary);
    }
    this.details.replaceChildren(...parts);
    this.details.hidden = false;
  }

  // ---- drawing ---------------------------------------------------------------------------------

  private readPalette(): Palette {
    const style = getComputedStyle(this.root);
    const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      bg: v("--tl-bg", "#ffffff"),
      stripe: v("--tl-stripe", "#f5f6f8"),
      fg: v("--fg", "#1d2129"),
      muted: v("--muted", "#6b7280"),
      grid: v("--tl-grid", "#e3e6ea"),
      border: v("--border", "#d0d4da"),
      accent: v("--accent", "#2f6fde"),
      running: v("--tl-running", "#2f6fde"),
      waiting: v("--tl-waiting", "#a9b8d4"),
      cancelling: v("--tl-cancelling", "#e08a1e"),
      done: v("--tl-done", "#2e9b57"),
      cancelled: v("--tl-cancelled", "#8a6d3b"),
      failed: v("--tl-failed", "#d23c3c"),
      cancel: v("--tl-cancel", "#d2691e"),
      await: v("--tl-await", "#7a8699"),
      output: v("--tl-output", "#6b7280"),
      warning: v("--warning", "#b7791f"),
      font: `12px ${v("--sans", "system-ui, sans-serif")}`,
    };
  }

  private draw(): void {
    const started = performance.now();
    const ctx = this.ctx;
    const ratio = window.devicePixelRatio || 1;
    const palette = (this.palette ??= this.readPalette());
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = palette.bg;
    ctx.fillRect(0, 0, this.width, this.height);
    const index = this.index;
    if (!index || this.width === 0 || this.height === 0) return;

    const unit = (this.x1 - this.x0) / this.plotWidth;
    const firstLane = Math.max(0, Math.floor(this.scrollY / LANE_H));
    const lastLane = Math.min(index.laneCount - 1, Math.floor((this.scrollY + this.height - AXIS_H) / LANE_H));
    ctx.font = palette.font;
    ctx.textBaseline = "middle";

    // Plot area, clipped right of the labels and below the axis. Items are gathered per colour and
    // drawn as one path each: a few fill() calls per frame instead of one per item.
    ctx.save();
    ctx.beginPath();
    ctx.rect(LABEL_W, AXIS_H, this.plotWidth, this.height - AXIS_H);
    ctx.clip();
    ctx.fillStyle = palette.stripe;
    for (let lane = firstLane; lane <= lastLane; lane++) {
      if (lane % 2 === 1) ctx.fillRect(LABEL_W, this.laneY(lane), this.plotWidth, LANE_H);
    }
    this.drawGrid(palette);

    // Rectangles per state, as flat [x, y, w, h, ...] arrays filled with fillRect (its fast path)
    // rather than one Path2D (whose raster cost grows badly with thousands of sub-paths).
    const spanRects: Record<SpanState, number[]> = { running: [], waiting: [], cancelling: [] };
    if (!this.glyphs || this.glyphs.palette !== palette || this.glyphs.ratio !== ratio) this.glyphs = new Glyphs(palette, ratio);
    const glyphs = this.glyphs;
    glyphs.clear();
    const labels: { text: string; x: number; y: number }[] = [];
    const plotColumns = Math.ceil(this.plotWidth);
    if (this.columns.length < plotColumns) this.columns = new Uint8Array(plotColumns);
    const columns = this.columns;
    let spans = 0;
    let events = 0;
    for (let lane = firstLane; lane <= lastLane; lane++) {
      const top = this.laneY(lane);
      // Spans are painted into one state per pixel column (activity over waiting), then each run of
      // equal columns becomes one rectangle: a lane costs O(pixels) however many spans it has.
      spans += index.paintSpanColumns(lane, this.x0, unit, this.mode, columns, plotColumns);
      if (index.spanCount(lane, this.x0, this.x1, this.mode) < 200) {
        // Zoomed in enough to read: label the long waits ("waiting on Task-3").
        for (const span of index.visibleSpans(lane, this.x0, this.x1, unit, this.mode)) {
          if (span.state !== "waiting" || labels.length >= 300) continue;
          const left = Math.max(LABEL_W, this.toPx(spanStart(span, this.mode)));
          const right = Math.min(this.width, this.toPx(spanEnd(span, this.mode)));
          if (right - left > 90) labels.push({ text: truncate(span.label, Math.floor((right - left - 8) / 6.5)), x: left + 4, y: top + 7 });
        }
      }
      for (let c = 0; c < plotColumns; ) {
        const rank = columns[c];
        let end = c + 1;
        while (end < plotColumns && columns[end] === rank) end++;
        if (rank) {
          const state = RANK_STATE[rank];
          const thick = state === "waiting" ? 6 : 14;
          spanRects[state].push(LABEL_W + c, top + (LANE_H - thick) / 2, end - c, thick);
        }
        c = end;
      }
      const cy = top + LANE_H / 2;
      // Glyphs are ~10 px wide: one per 4 px column is all that can be told apart (the index picks
      // the most important event of each column). Where a lane is denser than a glyph every
      // GLYPH_PITCH px, its events become a strip along the top of the lane instead: a 4 px cell per
      // column in the colour of its event, equal neighbours merged into one rectangle.
      const visible = index.visibleEvents(lane, this.x0, this.x1, unit * 4, this.mode);
      events += visible.length;
      if (visible.length * GLYPH_PITCH <= this.plotWidth) {
        for (const event of visible) glyphs.add(event.kind, this.toPx(eventX(event, this.mode)), cy);
      } else {
        let runKind: EventKind | null = null;
        let runStart = 0;
        let runEnd = 0;
        for (const event of visible) {
          const x = LABEL_W + Math.floor((this.toPx(eventX(event, this.mode)) - LABEL_W) / 4) * 4;
          if (event.kind === runKind && x <= runEnd) runEnd = x + 4;
          else {
            if (runKind) glyphs.strip(runKind, runStart, top + 1, runEnd - runStart);
            runKind = event.kind;
            runStart = x;
            runEnd = x + 4;
          }
        }
        if (runKind) glyphs.strip(runKind, runStart, top + 1, runEnd - runStart);
      }
    }
    for (const state of ["waiting", "running", "cancelling"] as const) {
      ctx.fillStyle = this.spanColor(state, palette);
      const rects = spanRects[state];
      for (let i = 0; i < rects.length; i += 4) ctx.fillRect(rects[i], rects[i + 1], rects[i + 2], rects[i + 3]);
    }
    ctx.fillStyle = palette.muted;
    for (const label of labels) ctx.fillText(label.text, label.x, label.y);
    glyphs.draw(ctx);
    if (this.selected) this.drawSelection(this.selected, palette);
    const arrows = this.drawArrows(index.visibleArrows(this.x0, this.x1, unit * 3, this.mode, 1500), firstLane, lastLane, palette);
    this.drawCursor(palette);
    ctx.restore();

    this.drawLabels(firstLane, lastLane, palette);
    this.drawAxis(palette);
    this.stats.frameMs = performance.now() - started;
    this.stats.frames++;
    this.stats.lanes = lastLane - firstLane + 1;
    this.stats.spans = spans;
    this.stats.events = events;
    this.stats.arrows = arrows;
  }

  private ticks(): { value: number; px: number }[] {
    const span = this.x1 - this.x0;
    const target = Math.max(2, Math.floor(this.plotWidth / 110));
    const raw = span / target;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    let step = magnitude;
    for (const m of [1, 2, 5, 10]) {
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
    }
    if (this.mode === "step") step = Math.max(1, Math.round(step));
    const out: { value: number; px: number }[] = [];
    for (let v = Math.ceil(this.x0 / step) * step; v <= this.x1 && out.length < 200; v += step) {
      out.push({ value: v, px: this.toPx(v) });
    }
    return out;
  }

  private drawGrid(palette: Palette): void {
    const ctx = this.ctx;
    ctx.strokeStyle = palette.grid;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const tick of this.ticks()) {
      const x = Math.round(tick.px) + 0.5;
      ctx.moveTo(x, AXIS_H);
      ctx.lineTo(x, this.height);
    }
    ctx.stroke();
  }

  private drawAxis(palette: Palette): void {
    const ctx = this.ctx;
    ctx.fillStyle = palette.bg;
    ctx.fillRect(0, 0, this.width, AXIS_H);
    ctx.strokeStyle = palette.border;
    ctx.beginPath();
    ctx.moveTo(0, AXIS_H - 0.5);
    ctx.lineTo(this.width, AXIS_H - 0.5);
    ctx.moveTo(LABEL_W - 0.5, 0);
    ctx.lineTo(LABEL_W - 0.5, this.height);
    ctx.stroke();
    ctx.fillStyle = palette.muted;
    ctx.textAlign = "left";
    ctx.fillText(this.mode === "time" ? "virtual time" : "step (event order)", 8, AXIS_H / 2);
    ctx.save();
    ctx.beginPath();
    ctx.rect(LABEL_W, 0, this.plotWidth, AXIS_H);
    ctx.clip();
    ctx.textAlign = "center";
    for (const tick of this.ticks()) {
      const step = Math.round(tick.value) || 0; // no "-0"
      ctx.fillText(this.mode === "time" ? formatTime(tick.value) : `#${formatCount(step)}`, tick.px, AXIS_H / 2);
    }
    ctx.restore();
    ctx.textAlign = "left";
  }

  private spanColor(state: SpanState, palette: Palette): string {
    return state === "running" ? palette.running : state === "waiting" ? palette.waiting : palette.cancelling;
  }

  private drawSelection(event: TimelineEvent, palette: Palette): void {
    const position = this.positionOf(event);
    if (!position) return;
    const ctx = this.ctx;
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(position.x, position.y, 9, 0, Math.PI * 2);
    ctx.stroke();
  }

  private drawArrows(arrows: TimelineArrow[], firstLane: number, lastLane: number, palette: Palette): number {
    const index = this.index!;
    const ctx = this.ctx;
    const lines = { cancel: new Path2D(), await: new Path2D() };
    // Heads are filled one by one: a single path of many triangles rasterises far slower.
    const heads: Record<TimelineArrow["kind"], number[]> = { cancel: [], await: [] };
    const labels: { text: string; x: number; y: number }[] = [];
    let drawn = 0;
    for (const arrow of arrows) {
      const from = index.laneOf.get(arrow.from);
      const to = index.laneOf.get(arrow.to);
      if (from === undefined || to === undefined) continue;
      if (Math.max(from, to) < firstLane || Math.min(from, to) > lastLane) continue;
      const x0 = this.toPx(arrowX(arrow, this.mode));
      const x1 = this.toPx(arrowEndX(arrow, this.mode));
      const y0 = this.laneY(from) + LANE_H / 2;
      const y1 = this.laneY(to) + LANE_H / 2;
      lines[arrow.kind].moveTo(x0, y0);
      lines[arrow.kind].lineTo(x1, y1);
      const angle = Math.atan2(y1 - y0, x1 - x0);
      heads[arrow.kind].push(
        x1,
        y1,
        x1 - 7 * Math.cos(angle - 0.4),
        y1 - 7 * Math.sin(angle - 0.4),
        x1 - 7 * Math.cos(angle + 0.4),
        y1 - 7 * Math.sin(angle + 0.4),
      );
      if (arrow.kind === "cancel" && arrow.label) labels.push({ text: truncate(arrow.label, 40), x: x0 + 4, y: (y0 + y1) / 2 });
      drawn++;
    }
    ctx.globalAlpha = drawn > 100 ? 0.55 : 1; // a dense mesh of arrows should not hide the lanes
    for (const kind of ["await", "cancel"] as const) {
      const color = kind === "cancel" ? palette.cancel : palette.await;
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = 1; // hairlines: a fast path when many arrows overlap in one stroke
      ctx.setLineDash(kind === "await" ? [3, 3] : []);
      ctx.stroke(lines[kind]);
      ctx.setLineDash([]);
      const head = heads[kind];
      for (let i = 0; i < head.length; i += 6) {
        ctx.beginPath();
        ctx.moveTo(head[i], head[i + 1]);
        ctx.lineTo(head[i + 2], head[i + 3]);
        ctx.lineTo(head[i + 4], head[i + 5]);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
    // Labels only when there is room to read them.
    if (labels.length <= 60) {
      ctx.fillStyle = palette.cancel;
      for (const label of labels) ctx.fillText(label.text, label.x, label.y);
    }
    return drawn;
  }

  private drawCursor(palette: Palette): void {
    const event = this.cursorEvent;
    if (!event) return;
    const x = Math.round(this.toPx(eventX(event, this.mode))) + 0.5;
    const ctx = this.ctx;
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, AXIS_H);
    ctx.lineTo(x, this.height);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  private drawLabels(firstLane: number, lastLane: number, palette: Palette): void {
    const ctx = this.ctx;
    const index = this.index!;
    const states = this.cursor >= 0 ? index.statesAt(index.events[this.cursor].seq) : null;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, AXIS_H, LABEL_W, this.height - AXIS_H);
    ctx.clip();
    ctx.fillStyle = palette.bg;
    ctx.fillRect(0, AXIS_H, LABEL_W, this.height - AXIS_H);
    for (let lane = firstLane; lane <= lastLane; lane++) {
      const task = index.model.tasks[lane];
      const top = this.laneY(lane);
      if (lane % 2 === 1) {
        ctx.fillStyle = palette.stripe;
        ctx.fillRect(0, top, LABEL_W, LANE_H);
      }
      const outcomeColor =
        task.outcome === "done" ? palette.done : task.outcome === "failed" ? palette.failed : task.outcome === "cancelled" ? palette.cancelled : palette.muted;
      ctx.fillStyle = outcomeColor;
      ctx.fillRect(0, top + 4, 3, LANE_H - 8);
      ctx.fillStyle = palette.fg;
      ctx.fillText(truncate(task.name, 20), 8, top + 9);
      ctx.fillStyle = palette.muted;
      const second = states ? `${states[lane]} · ${task.coro}` : task.coro;
      ctx.fillText(truncate(second, 24), 8, top + 20);
    }
    ctx.restore();
  }
}

// Event glyphs: each kind is drawn once into a small sprite (per palette and pixel ratio), and a
// frame copies sprites with drawImage — thousands of small blits are cheap, where filling or stroking
// one path with thousands of sub-paths is not.
const GLYPH_R = 5;
const SPRITE_W = 16;
const GLYPH_PITCH = 12; // px per glyph below which a lane's events become ticks

function drawGlyph(ctx: CanvasRenderingContext2D, kind: EventKind, x: number, cy: number): void {
  const r = GLYPH_R;
  ctx.lineWidth = 2;
  ctx.beginPath();
  switch (kind) {
    case "cancel-requested": // ▼
      ctx.moveTo(x - r, cy - r - 3);
      ctx.lineTo(x + r, cy - r - 3);
      ctx.lineTo(x, cy + 2);
      ctx.closePath();
      ctx.fill();
      break;
    case "cancelled-error": // ✕
      ctx.moveTo(x - r, cy - r);
      ctx.lineTo(x + r, cy + r);
      ctx.moveTo(x + r, cy - r);
      ctx.lineTo(x - r, cy + r);
      ctx.stroke();
      break;
    case "caught":
    case "uncancel": // ○
      ctx.arc(x, cy, r - 1, 0, Math.PI * 2);
      ctx.stroke();
      break;
    case "swallowed":
    case "diagnostic": // ▲
      ctx.moveTo(x, cy - r - 1);
      ctx.lineTo(x + r + 1, cy + r);
      ctx.lineTo(x - r - 1, cy + r);
      ctx.closePath();
      ctx.fill();
      break;
    case "shielded":
    case "timeout": // ◆
      ctx.moveTo(x, cy - r);
      ctx.lineTo(x + r, cy);
      ctx.lineTo(x, cy + r);
      ctx.lineTo(x - r, cy);
      ctx.closePath();
      ctx.fill();
      break;
    case "output": // a tick at the top of the lane
      ctx.fillRect(x - 1, cy - LANE_H / 2 + 2, 2, 7);
      break;
    case "done": // ●
      ctx.arc(x, cy, r, 0, Math.PI * 2);
      ctx.fill();
      break;
    case "cancelled": // ⊘
      ctx.arc(x, cy, r, 0, Math.PI * 2);
      ctx.moveTo(x - r * 0.7, cy + r * 0.7);
      ctx.lineTo(x + r * 0.7, cy - r * 0.7);
      ctx.stroke();
      break;
    case "failed": // ■
      ctx.fillRect(x - r, cy - r, 2 * r, 2 * r);
      break;
    case "created": // |
      ctx.fillRect(x - 1, cy - r - 2, 2, 2 * r + 4);
      break;
  }
}

class Glyphs {
  private readonly sprites = new Map<EventKind, HTMLCanvasElement>();
  private kinds: EventKind[] = [];
  private xs: number[] = [];
  private ys: number[] = [];

  constructor(
    readonly palette: Palette,
    readonly ratio: number,
  ) {}

  private sprite(kind: EventKind): HTMLCanvasElement {
    let sprite = this.sprites.get(kind);
    if (!sprite) {
      sprite = document.createElement("canvas");
      sprite.width = Math.ceil(SPRITE_W * this.ratio);
      sprite.height = Math.ceil(LANE_H * this.ratio);
      const ctx = sprite.getContext("2d")!;
      ctx.scale(this.ratio, this.ratio);
      const color = eventColor(kind, this.palette);
      ctx.fillStyle = color;
      ctx.strokeStyle = color;
      drawGlyph(ctx, kind, SPRITE_W / 2, LANE_H / 2);
      this.sprites.set(kind, sprite);
    }
    return sprite;
  }

  private ticks = new Map<EventKind, number[]>();

  /** Starts a frame. */
  clear(): void {
    this.kinds = [];
    this.xs = [];
    this.ys = [];
    this.ticks.clear();
  }

  /** A stretch of a dense lane's event strip, in the colour of a kind. */
  strip(kind: EventKind, x: number, y: number, width: number): void {
    let list = this.ticks.get(kind);
    if (!list) this.ticks.set(kind, (list = []));
    list.push(x, y, width);
  }

  add(kind: EventKind, x: number, cy: number): void {
    this.kinds.push(kind);
    this.xs.push(x);
    this.ys.push(cy);
  }

  draw(ctx: CanvasRenderingContext2D): void {
    const ratio = this.ratio;
    for (const [kind, list] of this.ticks) {
      ctx.fillStyle = eventColor(kind, this.palette);
      for (let i = 0; i < list.length; i += 3) ctx.fillRect(list[i], list[i + 1], list[i + 2], 5);
    }
    // Bars and squares are plain rectangles: fillRect, one colour at a time.
    for (const kind of ["output", "created", "failed"] as const) {
      ctx.fillStyle = eventColor(kind, this.palette);
      for (let i = 0; i < this.kinds.length; i++) {
        if (this.kinds[i] === kind) drawGlyph(ctx, kind, Math.round(this.xs[i] * ratio) / ratio, this.ys[i]);
      }
    }
    for (let i = 0; i < this.kinds.length; i++) {
      const kind = this.kinds[i];
      if (kind === "output" || kind === "created" || kind === "failed") continue;
      const sprite = this.sprite(kind);
      // Whole device pixels: a copy, not a resampling.
      const x = Math.round((this.xs[i] - SPRITE_W / 2) * ratio) / ratio;
      const y = Math.round((this.ys[i] - LANE_H / 2) * ratio) / ratio;
      ctx.drawImage(sprite, x, y, SPRITE_W, LANE_H);
    }
  }
}

function eventColor(kind: EventKind, palette: Palette): string {
  switch (kind) {
    case "cancel-requested":
    case "cancelled-error":
      return palette.cancel;
    case "caught":
    case "uncancel":
    case "shielded":
    case "timeout":
      return palette.accent;
    case "swallowed":
    case "diagnostic":
      return palette.warning;
    case "done":
      return palette.done;
    case "cancelled":
      return palette.cancelled;
    case "failed":
      return palette.failed;
    case "output":
      return palette.output;
    case "created":
      return palette.muted;
  }
}

export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const abs = Math.abs(seconds);
  if (abs === 0) return "0 s";
  if (abs < 1e-3) return `${+(seconds * 1e6).toPrecision(3)} µs`;
  if (abs < 1) return `${+(seconds * 1e3).toPrecision(3)} ms`;
  return `${+seconds.toPrecision(6)} s`;
}

function truncate(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, Math.max(1, max - 1))}…` : line;
}

function el(tag: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}

function button(text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "tl-button";
  b.textContent = text;
  b.title = title;
  b.setAttribute("aria-label", title);
  b.addEventListener("click", onClick);
  return b;
}
