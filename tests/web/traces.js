// Real cancellation traces for tests/web/trace_adapter.test.js: some example programs
// (web/src/examples/ID.py, or tests/web/traces/ID.py), each traced by `loopscope run FILE --trace`
// and kept in tests/web/traces/ID.json.
//   node tests/web/traces.js --regen          rewrites them with build/native/loopscope
//   node tests/web/traces.js --regen --wasm   …with the WebAssembly module in build/wasm (the page's
//                                             core; LOOPSCOPE_WASM_DIR picks another folder)
// Both give the same bytes (docs/trace-format.md: the JSON is deterministic).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { root } = require("./load");

const tracesDir = path.join(__dirname, "traces");
const loopscope = path.join(root, "build", "native", "loopscope");
// The fixtures: the seed's questions where cancellations cross tasks, and some diagnostics.
const TRACE_IDS = ["own_vs_child", "shield", "taskgroup", "lost_data", "timeout", "never_retrieved", "cleanup_pending", "diagnostics"];
// Where each program is: an example, or a program of its own beside the traces.
const programFile = (id) => (fs.existsSync(path.join(tracesDir, `${id}.py`)) ? `tests/web/traces/${id}.py` : `web/src/examples/${id}.py`);

/** Runs a file (a path from the repository's root) with the native CLI; returns its trace JSON. */
function traceOfFile(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-trace-"));
  try {
    const out = path.join(dir, "trace.json");
    const result = spawnSync(loopscope, ["run", file, "--trace", out], { cwd: root, encoding: "utf8", timeout: 60_000 });
    if (result.error) throw result.error;
    return fs.readFileSync(out, "utf8");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a program's text as main.py with the native CLI; returns its trace JSON. */
function traceOf(text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-trace-"));
  try {
    fs.writeFileSync(path.join(dir, "main.py"), text);
    const result = spawnSync(loopscope, ["run", "main.py", "--trace", "trace.json"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    if (result.error) throw result.error;
    return fs.readFileSync(path.join(dir, "trace.json"), "utf8");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The same with the WebAssembly module, as the page's worker runs it. */
async function wasmTraceOf(text, filename = "main.py") {
  const { loadModule } = require("../wasm/module");
  const module = await loadModule();
  const run = new module.Run({ filename, source: text, argv: [], maxSteps: 0, trace: true });
  try {
    while (!run.advance(100_000)) run.takeOutput();
    return run.traceJson();
  } finally {
    run.delete();
  }
}

function fixture(id) {
  return fs.readFileSync(path.join(tracesDir, `${id}.json`), "utf8");
}

module.exports = { TRACE_IDS, traceOf, traceOfFile, wasmTraceOf, fixture, loopscope, tracesDir };

async function regen(wasm) {
  fs.mkdirSync(tracesDir, { recursive: true });
  for (const id of TRACE_IDS) {
    const file = programFile(id);
    const json = wasm ? await wasmTraceOf(fs.readFileSync(path.join(root, file), "utf8"), file) : traceOfFile(file);
    fs.writeFileSync(path.join(tracesDir, `${id}.json`), json);
    console.log(`${id}: ${json.length} bytes`);
  }
}

if (require.main === module) {
  if (process.argv[2] !== "--regen") {
    console.error("usage: node tests/web/traces.js --regen [--wasm]");
    process.exit(2);
  }
  regen(process.argv[3] === "--wasm").catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
