// Loads LoopScope's WebAssembly module in node. Node's fetch cannot read file paths, so the loader
// gets the bytes itself (wasmBinary), and the stdlib modules' sources from core/modules/py/. The folder defaults to the `wasm` preset's build output;
// LOOPSCOPE_WASM_DIR overrides it (e.g. dist/).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const defaultDir = path.resolve(__dirname, "..", "..", "build", "wasm");
const stdlibDir = path.resolve(__dirname, "..", "..", "core", "modules", "py");

// The module does not embed the Python-level stdlib modules: it asks for a source on first import
// (the page's worker fetches dist/py/NAME.py; here the files they are copied from).
function moduleSource(name) {
  try {
    return fs.readFileSync(path.join(stdlibDir, `${name}.py`), "utf8");
  } catch {
    return null;
  }
}

async function loadModule(dir = process.env.LOOPSCOPE_WASM_DIR || defaultDir) {
  const loader = path.join(path.resolve(dir), "loopscope.js");
  const createLoopScope = require(loader);
  return createLoopScope({ wasmBinary: fs.readFileSync(path.join(path.dirname(loader), "loopscope.wasm")), moduleSource });
}

// Runs a program to the end in slices of `steps`, as the page's worker does.
function runToEnd(module, options, steps = 10000) {
  const run = new module.Run(options);
  try {
    const chunks = [];
    let advances = 0;
    while (!run.advance(steps)) {
      chunks.push(...run.takeOutput());
      if (++advances > 1e6) throw new Error("the run did not finish");
    }
    chunks.push(...run.takeOutput());
    const text = (stream) => chunks.filter((c) => c.stream === stream).map((c) => c.text).join("");
    return { exitCode: run.exitCode(), stdout: text("stdout"), stderr: text("stderr"), chunks };
  } finally {
    run.delete();
  }
}

module.exports = { loadModule, runToEnd };
