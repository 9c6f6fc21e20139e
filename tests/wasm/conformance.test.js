// The WebAssembly build against the conformance corpus, with the trace on: each scenario's stdout and
// exit code must be CPython's (the expected files), and its trace must be byte-identical to the
// native CLI's (`loopscope run NAME.py --trace FILE`) and to a second run's: one core, one answer,
// wherever it runs. Needs the native build too (scripts/test builds it first).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { loadModule, runToEnd } = require("./module");

const corpus = path.resolve(__dirname, "..", "conformance");
const nativeCli = process.env.LOOPSCOPE_NATIVE || path.resolve(__dirname, "..", "..", "build", "native", "loopscope");
const scenarios = fs.readdirSync(corpus).filter((f) => f.endsWith(".py") && !["run.py", "regen.py", "harness.py"].includes(f)).sort();

function runWasm(module, name) {
  const source = fs.readFileSync(path.join(corpus, name), "utf8");
  const run = new module.Run({ filename: name, source, argv: [], maxSteps: 0, trace: true });
  try {
    let stdout = "";
    while (!run.advance(20000)) for (const c of run.takeOutput()) if (c.stream === "stdout") stdout += c.text;
    for (const c of run.takeOutput()) if (c.stream === "stdout") stdout += c.text;
    return { stdout, exitCode: run.exitCode(), trace: run.traceJson() };
  } finally {
    run.delete();
  }
}

function runNative(name, tmp) {
  const out = path.join(tmp, name + ".trace.json");
  try {
    execFileSync(nativeCli, ["run", name, "--trace", out], { cwd: corpus, stdio: "ignore" });
  } catch (e) {
    // non-zero exits are part of the corpus; the trace is written anyway
  }
  return fs.readFileSync(out, "utf8");
}

test("the conformance corpus in WebAssembly: CPython's output, and the native trace byte for byte", async () => {
  assert.ok(scenarios.length >= 150, `only ${scenarios.length} scenarios found`);
  assert.ok(fs.existsSync(nativeCli), `the native CLI is missing (${nativeCli}): build the native preset first`);
  const module = await loadModule();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-trace-"));
  const problems = [];
  try {
    for (const name of scenarios) {
      const base = name.slice(0, -3);
      const a = runWasm(module, name);
      const wantOut = fs.readFileSync(path.join(corpus, base + ".out"), "utf8");
      const codeFile = path.join(corpus, base + ".code");
      const wantCode = fs.existsSync(codeFile) ? Number(fs.readFileSync(codeFile, "utf8").trim()) : 0;
      if (a.stdout !== wantOut) problems.push(`${name}: stdout differs from CPython's`);
      // A KeyboardInterrupt exit is a signal death natively (130); the module reports the status.
      if (a.exitCode !== wantCode && !(wantCode === 130 && a.exitCode !== 0)) {
        problems.push(`${name}: exit code ${a.exitCode}, CPython ${wantCode}`);
      }
      if (!a.trace.startsWith("{")) problems.push(`${name}: no trace recorded`);
      const again = runWasm(module, name);
      if (again.trace !== a.trace || again.stdout !== a.stdout) problems.push(`${name}: a second run differs`);
      if (runNative(name, tmp) !== a.trace) problems.push(`${name}: the trace differs from the native CLI's`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  assert.deepEqual(problems, []);
});

test("the Perfetto export is Chrome Trace Event JSON with a named track per task and paired flows", async () => {
  const module = await loadModule();
  const source = fs.readFileSync(path.join(corpus, scenarios.find((s) => s.startsWith("taskgroup")) || scenarios[0]), "utf8");
  const run = new module.Run({ filename: "main.py", source, trace: true });
  try {
    while (!run.advance(20000));
    const doc = JSON.parse(run.tracePerfetto());
    const events = Array.isArray(doc) ? doc : doc.traceEvents;
    assert.ok(Array.isArray(events) && events.length > 0);
    const threadNames = events.filter((e) => e.ph === "M" && e.name === "thread_name").map((e) => e.args.name);
    assert.ok(threadNames.some((n) => /Task-1/.test(n)), `no track for Task-1 among ${threadNames.join(", ")}`);
    const starts = new Map();
    for (const e of events) if (e.ph === "s") starts.set(e.id, e);
    for (const e of events) if (e.ph === "f") assert.ok(starts.has(e.id), `flow end ${e.id} without a start`);
    const text = run.traceText();
    assert.match(text, /Task-1/);
  } finally {
    run.delete();
  }
});
