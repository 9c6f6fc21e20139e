// web/src/trace_adapter.ts on real cancellation traces: tests/web/traces/*.json, written by the native
// CLI (`loopscope run main.py --trace`) for example programs (node tests/web/traces.js --regen), and —
// when build/native/loopscope exists — traces of every example made now, checked for the model's
// invariants. What is checked: lanes (one per task, creation order, internal tasks hidden), spans
// (running / waiting / cancelling, contiguous per lane), events with provenance, cancel and await
// arrows, the diagnostics list, and the format's version and truncation flag.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const { loadTs } = require("./load");
const { exampleIds, source, expected } = require("./examples");
const { TRACE_IDS, traceOf, fixture, loopscope } = require("./traces");

const { adaptTrace, gutterMarks, TRACE_SUPPORTED, PROGRAM_LANE } = loadTs("web/src/trace_adapter.ts");
const { TimelineIndex } = loadTs("web/src/timeline/model.ts");

const raw = (id) => JSON.parse(fixture(id));
const adapt = (id) => {
  const adapted = adaptTrace(fixture(id));
  assert.ok(adapted.model, `${id}: no model (${adapted.message})`);
  return adapted;
};
const userTasks = (trace) => trace.tasks.filter((task) => !task.internal);
const eventsOf = (trace, kind) => trace.events.filter((event) => event.kind === kind);
const laneByCoro = (model, coro) => model.tasks.filter((task) => task.coro === `${coro}()`);

/** The model's invariants, on any trace. */
function checkInvariants(name, trace, adapted) {
  const { model } = adapted;
  assert.ok(model, `${name}: no model`);
  const ids = new Set(model.tasks.map((task) => task.id));
  assert.equal(ids.size, model.tasks.length, `${name}: duplicate lanes`);
  // One lane per non-internal task, in creation order (the program lane, when there is one, first).
  assert.deepEqual(
    model.tasks.filter((task) => task.id !== PROGRAM_LANE).map((task) => task.id),
    userTasks(trace).map((task) => task.id),
    `${name}: lanes`,
  );
  if (ids.has(PROGRAM_LANE)) assert.equal(model.tasks[0].id, PROGRAM_LANE, `${name}: the program lane comes first`);
  // Spans: inside the run, non-empty, contiguous and non-overlapping per lane, time and seq together.
  const lastSeq = trace.events[trace.events.length - 1].seq;
  const byLane = new Map();
  for (const span of model.spans) {
    assert.ok(ids.has(span.task), `${name}: span on an unknown lane`);
    assert.ok(span.endSeq > span.startSeq, `${name}: empty span ${JSON.stringify(span)}`);
    assert.ok(span.endTime >= span.startTime, `${name}: span goes back in time`);
    assert.ok(span.startSeq >= 0 && span.startSeq <= lastSeq, `${name}: span outside the run`);
    assert.ok(["running", "waiting", "cancelling"].includes(span.state));
    assert.ok(span.label.length > 0);
    if (!byLane.has(span.task)) byLane.set(span.task, []);
    byLane.get(span.task).push(span);
  }
  for (const [task, spans] of byLane) {
    spans.sort((a, b) => a.startSeq - b.startSeq);
    for (let i = 1; i < spans.length; i++) {
      assert.ok(spans[i].startSeq >= spans[i - 1].endSeq, `${name}: spans overlap on lane ${task}`);
    }
  }
  // Events: on a lane, at a real seq with its time, one-line labels.
  const bySeq = new Map(trace.events.map((event) => [event.seq, event]));
  for (const event of model.events) {
    assert.ok(ids.has(event.task), `${name}: event on an unknown lane ${JSON.stringify(event)}`);
    assert.equal(bySeq.get(event.seq)?.t, event.time, `${name}: event time`);
    assert.ok(event.label.length > 0 && !event.label.includes("\n"), `${name}: label ${JSON.stringify(event.label)}`);
  }
  // Every CancelledError delivered into a shown task is an event with the trace's provenance.
  for (const delivery of eventsOf(trace, "cancel_delivered").filter((event) => ids.has(event.task))) {
    const event = model.events.find((e) => e.seq === delivery.seq);
    assert.ok(event, `${name}: delivery ${delivery.seq} missing`);
    assert.equal(event.kind, "cancelled-error");
    assert.deepEqual(event.provenance, delivery.provenance);
  }
  // Arrows: between lanes, landing no earlier than they start; a cancel arrow lands on a delivery.
  for (const arrow of model.arrows) {
    assert.ok(ids.has(arrow.from) && ids.has(arrow.to), `${name}: arrow between unknown lanes`);
    assert.ok((arrow.toSeq ?? arrow.seq) >= arrow.seq);
    if (arrow.kind === "cancel" && arrow.toSeq !== undefined) {
      const landing = bySeq.get(arrow.toSeq);
      assert.equal(landing.kind, "cancel_delivered", `${name}: cancel arrow lands on ${landing.kind}`);
      assert.equal(landing.task, arrow.to);
    }
  }
  // Every diagnostic of the trace is listed.
  assert.equal(
    adapted.diagnostics.filter((d) => d.kind !== "truncated").length,
    eventsOf(trace, "diagnostic").filter((event) => event.task === null || ids.has(event.task)).length,
  );
  // The timeline's index takes the model.
  const index = new TimelineIndex(model);
  assert.equal(index.laneCount, model.tasks.length);
  for (const mode of ["time", "step"]) {
    const { min, max } = index.extent(mode);
    assert.ok(Number.isFinite(min) && Number.isFinite(max) && max > min);
  }
  index.statesAt(lastSeq);
}

// ---- the format ---------------------------------------------------------------------------------

test("the page asks for the trace", () => {
  assert.equal(TRACE_SUPPORTED, true);
});

test("no trace, unreadable JSON, another format or version: no model, and a message saying why", () => {
  for (const [text, pattern] of [
    ["", /no trace/],
    ["{not json", /could not be read/],
    ['{"format": "something-else", "version": 1, "tasks": [], "events": []}', /not a LoopScope trace/],
    ['{"format": "loopscope-trace", "version": 2, "tasks": [], "events": []}', /version 2/],
  ]) {
    const adapted = adaptTrace(text);
    assert.equal(adapted.model, null);
    assert.match(adapted.message, pattern);
    assert.deepEqual(adapted.diagnostics, []);
  }
});

test("a program without tasks has no timeline, and says so", () => {
  const adapted = adaptTrace(
    JSON.stringify({ format: "loopscope-trace", version: 1, file: "main.py", truncated: false, end_time: 0, tasks: [], futures: [], events: [] }),
  );
  assert.equal(adapted.model, null);
  assert.match(adapted.message, /no asyncio tasks/);
});

test("fields and event kinds the adapter does not know are ignored", () => {
  const trace = raw("own_vs_child");
  trace.future_field = { anything: 1 };
  const last = trace.events[trace.events.length - 1];
  trace.events.push({ seq: last.seq + 1, t: last.t, kind: "some_new_kind", task: trace.tasks[0].id, line: 3, extra: [1, 2] });
  for (const event of trace.events) event.new_field = "x";
  const adapted = adaptTrace(JSON.stringify(trace));
  checkInvariants("own_vs_child+unknown", trace, adapted);
  assert.equal(adapted.model.events.length, adapt("own_vs_child").model.events.length);
});

test("a truncated trace still draws, flags the truncation and ends its open spans at the last event", () => {
  const trace = raw("own_vs_child");
  const cut = trace.events.findIndex((event) => event.kind === "cancel_requested") + 2; // mid-run
  trace.events = trace.events.slice(0, cut);
  trace.truncated = true;
  const adapted = adaptTrace(JSON.stringify(trace));
  assert.equal(adapted.truncated, true);
  const note = adapted.diagnostics.find((d) => d.kind === "truncated");
  assert.ok(note, "no truncation note");
  assert.match(note.message, /more events than the trace keeps/);
  const lastSeq = trace.events[cut - 1].seq;
  assert.ok(adapted.model.spans.every((span) => span.endSeq <= lastSeq + 1));
  assert.ok(adapted.model.spans.some((span) => span.state === "cancelling"), "the pending cancellation shows");
  // Tasks created after the cut are not in the events, but are still lanes (the tasks table has them).
  assert.equal(adapted.model.tasks.length, userTasks(trace).length);
  assert.equal(adaptTrace(fixture("own_vs_child")).truncated, false);
});

// ---- the fixtures ---------------------------------------------------------------------------------

for (const id of TRACE_IDS) {
  test(`${id}: the model keeps the trace's invariants`, () => {
    checkInvariants(id, raw(id), adapt(id));
  });
}

test("own_vs_child: a lane per task in creation order, with name, coroutine, line, parent and outcome", () => {
  const trace = raw("own_vs_child");
  const { model } = adapt("own_vs_child");
  assert.equal(model.tasks.length, 5); // main, two cancel_me, two waiter; asyncio.run()'s own tasks hidden
  assert.deepEqual(
    model.tasks.map((task) => [task.id, task.name, task.coro, task.createdLine, task.parent, task.outcome]),
    userTasks(trace).map((task) => [
      task.id,
      task.name,
      `${task.coro}()`,
      task.line,
      task.parent === null ? undefined : task.parent,
      task.state,
    ]),
  );
  assert.deepEqual(model.tasks.map((task) => task.coro), ["main()", "cancel_me()", "waiter()", "cancel_me()", "waiter()"]);
  assert.deepEqual(model.tasks.map((task) => task.createdLine), [42, 25, 26, 32, 33]);
  assert.deepEqual(model.tasks.map((task) => task.outcome), ["done", "cancelled", "done", "cancelled", "cancelled"]);
  assert.ok(!model.tasks.some((task) => task.id === PROGRAM_LANE), "nothing ran outside a task worth a lane");
});

test("own_vs_child: cancel arrows go from the cancel() call to the CancelledError it caused", () => {
  const { model } = adapt("own_vs_child");
  const [main] = laneByCoro(model, "main");
  const [child1, child2] = laneByCoro(model, "cancel_me");
  const [, waiter2] = laneByCoro(model, "waiter");
  const cancels = model.arrows.filter((arrow) => arrow.kind === "cancel");
  assert.deepEqual(
    cancels.map((arrow) => [arrow.from, arrow.to, arrow.label]),
    [
      [main.id, child1.id, "cancel() at line 28"],
      [main.id, waiter2.id, "cancel() at line 35"],
      // Cancelling waiter-2 cancels the task it awaits: the arrow comes from the task that passed it on.
      [waiter2.id, child2.id, "passed on (cancel() at line 35)"],
    ],
  );
  const events = (task, kind) => model.events.filter((e) => e.task === task.id && e.kind === kind);
  const [first] = cancels;
  assert.equal(first.line, 28);
  assert.equal(first.seq, events(child1, "cancel-requested")[0].seq);
  assert.equal(first.toSeq, events(child1, "cancelled-error")[0].seq);
  assert.equal(first.time, 1);
  assert.equal(events(child1, "cancel-requested")[0].label, "cancel() by main() at line 28");
  // waiter-2's CancelledError comes back through child-2 after child-2's: the arrow lands on its own.
  assert.equal(cancels[1].toSeq, events(waiter2, "cancelled-error")[0].seq);
  assert.ok(cancels[1].toSeq > cancels[2].toSeq);
});

test("own_vs_child: each CancelledError carries the trace's provenance in plain words", () => {
  const { model } = adapt("own_vs_child");
  const errors = model.events.filter((event) => event.kind === "cancelled-error");
  assert.equal(errors.length, 5);
  const [main] = laneByCoro(model, "main");
  const [, waiter2] = laneByCoro(model, "waiter");
  const mains = errors.find((event) => event.task === main.id);
  assert.equal(mains.label, "CancelledError at line 37");
  assert.equal(mains.line, 37);
  assert.equal(mains.provenance[0], "main() got CancelledError at line 37");
  assert.match(mains.provenance[1], new RegExp(`^because ${waiter2.name} \\(waiter\\) was cancelled by main\\(\\) at line 35`));
  const [, waiter1Error] = errors; // the first waiter: its child was cancelled, not itself
  assert.match(waiter1Error.provenance.join(" "), /was cancelled by main\(\) at line 28/);
  // A caught CancelledError points to the same chain.
  const caught = model.events.find((event) => event.kind === "caught" && event.task === main.id);
  assert.equal(caught.label, "caught the CancelledError at line 38");
  assert.deepEqual(caught.provenance, mains.provenance);
});

test("own_vs_child: running and waiting spans follow the steps; cancelling lasts until the task ends", () => {
  const trace = raw("own_vs_child");
  const { model } = adapt("own_vs_child");
  const [main] = laneByCoro(model, "main");
  const [child1] = laneByCoro(model, "cancel_me");
  const [waiter1] = laneByCoro(model, "waiter");
  const spans = (task) => model.spans.filter((span) => span.task === task.id);
  // main's first step: from step_started to step_ended, then waiting at line 27 on the sleep's future.
  const mainSteps = trace.events.filter((e) => e.task === main.id && (e.kind === "step_started" || e.kind === "step_ended"));
  const [firstRun, firstWait] = spans(main).filter((span) => span.state !== "waiting" || span.line);
  assert.equal(firstRun.state, "running");
  assert.equal(firstRun.startSeq, mainSteps[0].seq);
  assert.equal(firstRun.endSeq, mainSteps[1].seq);
  assert.equal(firstRun.label, "running main()");
  assert.equal(firstWait.state, "waiting");
  assert.equal(firstWait.startSeq, mainSteps[1].seq);
  assert.equal(firstWait.endSeq, mainSteps[2].seq);
  assert.equal(firstWait.line, 27);
  assert.match(firstWait.label, /^waiting on Future#\d+ \(a timer for t = 1\)$/);
  assert.equal(firstWait.startTime, 0);
  assert.equal(firstWait.endTime, 1);
  // The first waiter waits on the first child, and an await arrow says so.
  assert.ok(spans(waiter1).some((span) => span.label === `waiting on ${child1.name}` && span.line === 14));
  assert.ok(model.arrows.some((a) => a.kind === "await" && a.from === waiter1.id && a.to === child1.id && a.label === `await ${child1.name} at line 14`));
  // The first child: cancelling from the cancel() request to its end.
  const request = trace.events.find((e) => e.kind === "cancel_requested" && e.target === child1.id);
  const done = trace.events.find((e) => e.kind === "task_done" && e.task === child1.id);
  const cancelling = spans(child1).filter((span) => span.state === "cancelling");
  assert.ok(cancelling.length >= 1);
  assert.equal(cancelling[0].startSeq, request.seq);
  assert.equal(cancelling[cancelling.length - 1].endSeq, done.seq);
  assert.match(cancelling[0].label, /^cancelling: waiting on Future#\d+/);
  assert.ok(!spans(waiter1).some((span) => span.state === "cancelling"), "the first waiter itself was never cancelled");
});

test("own_vs_child: output events hold what the program printed, in order", () => {
  const { model } = adapt("own_vs_child");
  const printed = model.events.filter((event) => event.kind === "output").map((event) => event.detail).join("");
  assert.equal(printed, expected("own_vs_child").stdout);
  const first = model.events.find((event) => event.kind === "output");
  assert.equal(first.label, "printed: cancel_me: cleaning up");
  assert.equal(first.line, 9);
});

test("shield: the shielded job goes on, and only the handler gets a cancel arrow", () => {
  const { model } = adapt("shield");
  const [firstSave] = laneByCoro(model, "save_to_disk");
  const [firstHandler] = laneByCoro(model, "handler");
  const shielded = model.events.filter((event) => event.kind === "shielded");
  assert.equal(shielded.length, 1);
  assert.equal(shielded[0].task, firstSave.id);
  assert.match(shielded[0].label, new RegExp(`^shield\\(\\) absorbed a cancellation: ${firstSave.name} goes on$`));
  assert.equal(firstSave.outcome, "done");
  assert.equal(firstHandler.outcome, "cancelled");
  const cancels = model.arrows.filter((arrow) => arrow.kind === "cancel");
  assert.ok(cancels.some((arrow) => arrow.to === firstHandler.id && arrow.label === "cancel() at line 24"));
  assert.ok(!cancels.some((arrow) => arrow.to === firstSave.id), "the shielded job was not cancelled");
  // Without shield(), the handler passes its cancellation on to the job.
  const [, secondSave] = laneByCoro(model, "save_to_disk");
  const [awaiter] = laneByCoro(model, "job_awaiter");
  assert.ok(cancels.some((arrow) => arrow.from === awaiter.id && arrow.to === secondSave.id));
  assert.equal(secondSave.outcome, "cancelled");
});

test("taskgroup: the failing child's TaskGroup cancels its sibling and the parent", () => {
  const { model } = adapt("taskgroup");
  const [main] = laneByCoro(model, "main");
  const fetches = laneByCoro(model, "fetch");
  assert.equal(fetches.length, 3);
  const failed = fetches.find((task) => task.outcome === "failed");
  const cancelled = fetches.find((task) => task.outcome === "cancelled");
  assert.ok(failed && cancelled);
  const cancels = model.arrows.filter((arrow) => arrow.kind === "cancel");
  assert.deepEqual(
    cancels.map((arrow) => [arrow.from, arrow.to, arrow.label]).sort(),
    [
      [failed.id, cancelled.id, "TaskGroup"],
      [failed.id, main.id, "TaskGroup"],
    ].sort(),
  );
  assert.ok(cancels.every((arrow) => arrow.toSeq !== undefined));
  const request = model.events.find((event) => event.kind === "cancel-requested" && event.task === cancelled.id);
  assert.equal(request.label, `cancel() by its TaskGroup when ${failed.name} failed`);
  const failure = model.events.find((event) => event.kind === "failed");
  assert.equal(failure.label, "failed: ConnectionError('orders: connection refused')");
});

test("lost_data: the diagnostics list has the lost result and the swallowed cancellation, with lines", () => {
  const { model, diagnostics } = adapt("lost_data");
  assert.deepEqual(
    diagnostics.map((d) => [d.kind, d.title, d.line, d.taskName]),
    [
      ["lost_result", "lost result", 6, "naive"],
      ["swallowed_cancel", "swallowed cancellation", 11, "careful"],
    ],
  );
  assert.match(diagnostics[0].message, /that result is lost/);
  for (const d of diagnostics) {
    const event = model.events.find((e) => e.seq === d.seq && e.task === d.task);
    assert.equal(event?.kind, "diagnostic");
  }
  const swallowed = model.events.find((event) => event.kind === "swallowed");
  assert.equal(swallowed.line, 11);
  assert.match(swallowed.provenance.join(" "), /cancelled by main\(\) at line 24/);
});

test("timeout: the loop's timer cancels from a program lane; uncancel ends the cancelling; TimeoutError", () => {
  const { model } = adapt("timeout");
  assert.equal(model.tasks[0].id, PROGRAM_LANE);
  assert.equal(model.tasks[0].name, "program");
  const [main] = laneByCoro(model, "main");
  const [arrow] = model.arrows.filter((a) => a.kind === "cancel");
  assert.equal(arrow.from, PROGRAM_LANE);
  assert.equal(arrow.to, main.id);
  assert.equal(arrow.label, "timeout (line 16)");
  assert.equal(arrow.time, 2);
  const uncancel = model.events.find((event) => event.kind === "uncancel");
  assert.equal(uncancel.task, main.id);
  assert.match(uncancel.label, /0 cancel requests left/);
  assert.ok(model.events.some((event) => event.kind === "timeout" && event.line === 16));
  const cancelling = model.spans.filter((span) => span.task === main.id && span.state === "cancelling");
  assert.ok(cancelling.length > 0);
  assert.equal(cancelling[0].startSeq, arrow.seq);
  assert.equal(cancelling[cancelling.length - 1].endSeq, uncancel.seq);
  assert.equal(model.tasks.find((t) => t.id === main.id).outcome, "done");
});

test("never_retrieved: the diagnostic points at the raise; asyncio's log is output outside any task", () => {
  const { model, diagnostics } = adapt("never_retrieved");
  assert.deepEqual(diagnostics.map((d) => [d.kind, d.line, d.taskName]), [["exception_never_retrieved", 7, "flush"]]);
  const log = model.events.find((event) => event.kind === "output" && event.task === PROGRAM_LANE);
  assert.ok(log, "no output on the program lane");
  assert.match(log.label, /^wrote to stderr: Task exception was never retrieved/);
});

test("cleanup_pending: code after the loop cancels a leftover task from the program lane", () => {
  const { model } = adapt("cleanup_pending");
  const [heartbeat] = laneByCoro(model, "heartbeat");
  const [arrow] = model.arrows.filter((a) => a.kind === "cancel");
  assert.deepEqual([arrow.from, arrow.to, arrow.label], [PROGRAM_LANE, heartbeat.id, "cancel() at line 25"]);
  const request = model.events.find((event) => event.kind === "cancel-requested");
  assert.equal(request.label, "cancel() by the program at line 25");
});

test("diagnostics: never awaited, pending at loop close, destroyed pending — each listed with its line", () => {
  const { model, diagnostics } = adapt("diagnostics");
  assert.deepEqual(
    diagnostics.map((d) => [d.kind, d.title, d.line]),
    [
      ["never_awaited", "coroutine never awaited", 12],
      ["pending_at_loop_close", "pending when the loop closed", 6],
      ["destroyed_pending", "task destroyed while pending", 6],
    ],
  );
  assert.match(diagnostics[0].message, /coroutine 'forgotten' was never awaited/);
  const [work] = laneByCoro(model, "work");
  assert.equal(work.outcome, "pending");
  assert.equal(diagnostics[1].task, work.id);
  // The pending task's last span runs to the end of the trace.
  const spans = model.spans.filter((span) => span.task === work.id);
  assert.equal(spans[spans.length - 1].state, "waiting");
  assert.equal(spans[spans.length - 1].endTime, raw("diagnostics").end_time);
});

test("the gutter gets the trace's diagnostics as warnings, where stderr's errors leave room", () => {
  const errors = [{ line: 7, message: "RuntimeError: disk full", severity: "error" }];
  const { diagnostics } = adapt("never_retrieved"); // its diagnostic is at line 7 too
  assert.deepEqual(gutterMarks(errors, diagnostics), errors);
  const lost = adapt("lost_data").diagnostics;
  assert.deepEqual(
    gutterMarks([], lost).map((mark) => [mark.line, mark.severity, mark.message.split(":")[0]]),
    [
      [6, "warning", "lost result"],
      [11, "warning", "swallowed cancellation"],
    ],
  );
  // Two diagnostics on one line: one mark.
  assert.equal(gutterMarks([], adapt("diagnostics").diagnostics).length, 2);
});

// ---- live traces from the native CLI ------------------------------------------------------------

const haveCli = fs.existsSync(loopscope);
for (const id of exampleIds()) {
  test(`${id}: the native CLI's trace of it today adapts with the model's invariants`, { skip: !haveCli && "no build/native/loopscope" }, () => {
    const json = traceOf(source(id));
    checkInvariants(id, JSON.parse(json), adaptTrace(json));
  });
}
