// The WebAssembly module's trace as the page's worker asks for it: RunOptions.trace gives the JSON of
// docs/trace-format.md (the same bytes as the native CLI's `--trace`), none without it, and
// RunOptions.traceEventLimit (the page's ceiling) stops it, marked truncated, while the run goes on.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadModule } = require("./module");

const PROGRAM = [
  "import asyncio",
  "async def spin(n):",
  "    for _ in range(n):",
  "        await asyncio.sleep(0)",
  "    print('spun', n)",
  "asyncio.run(spin(200))",
  "",
].join("\n");

function traceOf(module, options) {
  const run = new module.Run({ filename: "main.py", source: PROGRAM, argv: [], maxSteps: 0, ...options });
  try {
    let out = "";
    while (!run.advance(100_000)) for (const chunk of run.takeOutput()) out += chunk.text;
    for (const chunk of run.takeOutput()) out += chunk.text;
    return { out, code: run.exitCode(), json: run.traceJson() };
  } finally {
    run.delete();
  }
}

test("no trace unless asked; asked, a version 1 trace of the whole run", async () => {
  const module = await loadModule();
  assert.equal(traceOf(module, {}).json, "");
  const { out, code, json } = traceOf(module, { trace: true });
  assert.equal(out, "spun 200\n");
  assert.equal(code, 0);
  const trace = JSON.parse(json);
  assert.equal(trace.format, "loopscope-trace");
  assert.equal(trace.version, 1);
  assert.equal(trace.truncated, false);
  // The whole run: one step per sleep(0), plus the first and the last.
  const steps = trace.events.filter((e) => e.kind === "step_started" && e.task === trace.tasks[0].id).length;
  assert.ok(steps >= 201, `${steps} steps of the main task`);
  assert.ok(trace.events.some((e) => e.kind === "task_done"), "no task_done event");
});

test("traceEventLimit stops the trace, marked truncated; the run and its output go on", async () => {
  const module = await loadModule();
  const { out, code, json } = traceOf(module, { trace: true, traceEventLimit: 100 });
  assert.equal(out, "spun 200\n");
  assert.equal(code, 0);
  const trace = JSON.parse(json);
  assert.equal(trace.truncated, true);
  assert.ok(trace.events.length <= 100, `${trace.events.length} events`);
});
