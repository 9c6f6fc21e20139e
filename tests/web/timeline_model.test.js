// web/src/timeline/model.ts on synthetic runs: visible-range queries are correct (every event in
// range is represented) and bounded by pixels, not by the number of events; hit tests and the
// states at a moment agree with the data.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadTs } = require("./load");

const { TimelineIndex, lowerBound, eventX } = loadTs("web/src/timeline/model.ts");
const { syntheticRun } = loadTs("tests/web/synthetic.ts");

test("lowerBound finds the first element not below a value", () => {
  const items = [1, 2, 2, 2, 5, 9];
  const id = (x) => x;
  assert.equal(lowerBound(items, 0, id), 0);
  assert.equal(lowerBound(items, 2, id), 1);
  assert.equal(lowerBound(items, 3, id), 4);
  assert.equal(lowerBound(items, 10, id), 6);
  assert.equal(lowerBound(items, 2, id, 3), 3);
});

test("the synthetic run is well formed: seq and time grow together, spans tile each lane", () => {
  const model = syntheticRun({ tasks: 50, events: 20000 });
  assert.ok(model.events.length >= 20000);
  const sorted = [...model.events].sort((a, b) => a.seq - b.seq);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].time >= sorted[i - 1].time);
  const index = new TimelineIndex(model);
  for (const lane of index.spansByLane) {
    for (let i = 1; i < lane.length; i++) assert.ok(lane[i].startSeq >= lane[i - 1].endSeq, "spans overlap");
  }
});

for (const mode of ["time", "step"]) {
  test(`visible events (${mode}): one per pixel column at most, and every column that has events shows one`, () => {
    const model = syntheticRun({ tasks: 20, events: 100000 });
    const index = new TimelineIndex(model);
    const { min, max } = index.extent(mode);
    const width = 800;
    for (const [x0, x1] of [
      [min, max],
      [min + (max - min) * 0.4, min + (max - min) * 0.45],
      [min + (max - min) * 0.5, min + (max - min) * 0.5005],
    ]) {
      const unit = (x1 - x0) / width;
      for (let lane = 0; lane < index.laneCount; lane++) {
        const shown = index.visibleEvents(lane, x0, x1, unit, mode);
        assert.ok(shown.length <= width + 1, `lane ${lane}: ${shown.length} events for ${width} px`);
        const column = (e) => Math.floor((eventX(e, mode) - x0) / unit);
        const shownColumns = new Set(shown.map(column));
        assert.equal(shownColumns.size, shown.length, "two events in one column");
        const all = index.eventsByLane[lane].filter((e) => eventX(e, mode) >= x0 && eventX(e, mode) <= x1);
        assert.deepEqual(shownColumns, new Set(all.map(column)), "a column with events shows none");
      }
    }
  });
}

test("in a column, the most important event is the one drawn", () => {
  const model = {
    tasks: [{ id: 1, name: "Task-1", coro: "main()", outcome: "cancelled" }],
    spans: [],
    arrows: [],
    events: [
      { seq: 1, time: 0, task: 1, kind: "output", label: "print" },
      { seq: 2, time: 0, task: 1, kind: "cancelled-error", label: "CancelledError" },
      { seq: 3, time: 0, task: 1, kind: "created", label: "created" },
    ],
  };
  const index = new TimelineIndex(model);
  const shown = index.visibleEvents(0, -1, 1, 1, "time");
  assert.deepEqual(shown.map((e) => e.kind), ["cancelled-error"]);
  assert.equal(index.eventNear(0, 0, 0.1, "time").kind, "cancelled-error");
  // By step they are apart again.
  assert.deepEqual(index.visibleEvents(0, 0, 4, 0.01, "step").map((e) => e.kind), ["output", "cancelled-error", "created"]);
});

test("visible spans are bounded by pixels and cover the range", () => {
  const model = syntheticRun({ tasks: 5, events: 100000 });
  const index = new TimelineIndex(model);
  const { min, max } = index.extent("step");
  const unit = (max - min) / 500;
  for (let lane = 0; lane < index.laneCount; lane++) {
    const shown = index.visibleSpans(lane, min, max, unit, "step");
    assert.ok(shown.length <= 1002, `${shown.length} spans`);
    assert.ok(shown.length > 0);
  }
  // Zoomed in, nothing is skipped.
  const x0 = min + (max - min) / 2;
  const x1 = x0 + 200;
  for (let lane = 0; lane < index.laneCount; lane++) {
    const all = index.spansByLane[lane].filter((s) => s.endSeq >= x0 && s.startSeq <= x1);
    assert.deepEqual(index.visibleSpans(lane, x0, x1, 0.5, "step"), all);
  }
});

test("hit tests: the event near x, the span under x, the arrows in range", () => {
  const model = syntheticRun({ tasks: 10, events: 5000 });
  const index = new TimelineIndex(model);
  const event = model.events.find((e) => e.kind === "cancelled-error");
  const lane = index.laneOf.get(event.task);
  assert.equal(index.eventNear(lane, event.seq + 0.2, 0.5, "step"), event);
  assert.equal(index.eventNear(lane, event.seq + 0.2, 0.1, "step"), null);
  const span = index.spansByLane[0][3];
  const middle = (span.startSeq + span.endSeq) / 2;
  assert.equal(index.spanAt(0, middle, "step"), span);
  const arrows = index.visibleArrows(0, Infinity, 0, "step");
  assert.equal(arrows.length, Math.min(4000, model.arrows.length));
});

test("states at a moment follow the spans and outcomes", () => {
  const model = {
    tasks: [
      { id: 1, name: "main", coro: "main()", outcome: "done" },
      { id: 2, name: "Task-2", coro: "child()", outcome: "cancelled" },
    ],
    spans: [
      { task: 1, state: "running", startSeq: 1, endSeq: 3, startTime: 0, endTime: 0, label: "" },
      { task: 1, state: "waiting", startSeq: 3, endSeq: 8, startTime: 0, endTime: 1, label: "" },
      { task: 1, state: "running", startSeq: 8, endSeq: 9, startTime: 1, endTime: 1, label: "" },
      { task: 2, state: "running", startSeq: 4, endSeq: 5, startTime: 0, endTime: 0, label: "" },
      { task: 2, state: "cancelling", startSeq: 5, endSeq: 7, startTime: 0, endTime: 1, label: "" },
    ],
    events: [
      { seq: 1, time: 0, task: 1, kind: "created", label: "" },
      { seq: 2, time: 0, task: 2, kind: "created", label: "" },
      { seq: 7, time: 1, task: 2, kind: "cancelled", label: "" },
      { seq: 9, time: 1, task: 1, kind: "done", label: "" },
    ],
    arrows: [],
  };
  const index = new TimelineIndex(model);
  assert.deepEqual(index.statesAt(1), ["running", "not started"]);
  assert.deepEqual(index.statesAt(2), ["running", "waiting"]);
  assert.deepEqual(index.statesAt(4), ["waiting", "running"]);
  assert.deepEqual(index.statesAt(6), ["waiting", "cancelling"]);
  assert.deepEqual(index.statesAt(8), ["running", "cancelled"]);
  assert.deepEqual(index.statesAt(9), ["done", "cancelled"]);
  assert.equal(index.eventIndexAtSeq(8), 2);
  assert.equal(index.eventIndexAtSeq(0), -1);
});

test("span columns: each pixel column shows the most active span over it, as a brute force finds", () => {
  const { STATE_RANK } = loadTs("web/src/timeline/model.ts");
  for (const timeZero of [false, true]) {
    const model = syntheticRun({ tasks: 6, events: 30000, timeZero });
    const index = new TimelineIndex(model);
    for (const mode of ["time", "step"]) {
      const { min, max } = index.extent(mode);
      for (const [from, to, count] of [
        [min, max, 700],
        [min + (max - min) * 0.3, min + (max - min) * 0.31, 500],
        [min + (max - min) * 0.5, min + (max - min) * 0.5001, 300],
      ]) {
        const unit = (to - from) / count;
        for (let lane = 0; lane < index.laneCount; lane++) {
          const columns = new Uint8Array(count);
          const visited = index.paintSpanColumns(lane, from, unit, mode, columns, count);
          assert.ok(visited <= 2 * count + 2, `visited ${visited} spans for ${count} columns`);
          const expected = new Uint8Array(count);
          for (const span of index.spansByLane[lane]) {
            const s = mode === "time" ? span.startTime : span.startSeq;
            const e = mode === "time" ? span.endTime : span.endSeq;
            const left = (s - from) / unit;
            const right = (e - from) / unit;
            if (right < 0 || left > count) continue;
            const c0 = Math.max(0, Math.floor(left));
            const c1 = Math.min(count, Math.max(c0 + 1, Math.ceil(right)));
            for (let c = c0; c < c1; c++) expected[c] = Math.max(expected[c], STATE_RANK[span.state]);
          }
          assert.deepEqual(columns, expected, `lane ${lane}, ${mode}, timeZero ${timeZero}`);
        }
      }
    }
  }
});
