// The WebAssembly module in node: it loads, reports the core's version, and runs a program to the end.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadModule, runToEnd } = require("./module");

test("the module reports the core's version", async () => {
  const module = await loadModule();
  assert.match(module.version(), /^\d+\.\d+\.\d+$/);
});

test("a run completes with an exit code, its output in chunks", async () => {
  const module = await loadModule();
  const result = runToEnd(module, { filename: "main.py", source: "print(1 + 1)\n", argv: [], maxSteps: 0 });
  assert.equal(typeof result.exitCode, "number");
  assert.ok(Number.isInteger(result.exitCode));
  for (const chunk of result.chunks) {
    assert.ok(chunk.stream === "stdout" || chunk.stream === "stderr");
    assert.equal(typeof chunk.text, "string");
  }
  assert.ok(result.stdout.length + result.stderr.length > 0, "the run wrote nothing at all");
});

test("runs are independent, and a finished run stays finished", async () => {
  const module = await loadModule();
  const a = runToEnd(module, { source: "print('a')\n" });
  const b = runToEnd(module, { source: "print('a')\n" });
  assert.deepEqual(a, b);
  const run = new module.Run({ source: "print('a')\n" });
  try {
    while (!run.advance(1000));
    assert.equal(run.done(), true);
    assert.equal(run.advance(1), true);
    run.takeOutput();
    assert.deepEqual(run.takeOutput(), []);
  } finally {
    run.delete();
  }
});

test("the stdlib modules' sources come from the host's moduleSource; without one, an import fails cleanly", async () => {
  const module = await loadModule();
  const withSources = runToEnd(module, { source: "import json\nprint(json.dumps([1]))\n" });
  assert.deepEqual([withSources.exitCode, withSources.stdout], [0, "[1]\n"]);
  const fs = require("node:fs");
  const path = require("node:path");
  const dir = process.env.LOOPSCOPE_WASM_DIR || path.resolve(__dirname, "..", "..", "build", "wasm");
  const createLoopScope = require(path.resolve(dir, "loopscope.js"));
  const bare = await createLoopScope({ wasmBinary: fs.readFileSync(path.resolve(dir, "loopscope.wasm")) });
  const without = runToEnd(bare, { source: "try:\n    import json\nexcept ImportError as e:\n    print(type(e).__name__, e)\n" });
  assert.equal(without.stdout, "ImportError built-in module json is not available: its source could not be loaded\n");
});
