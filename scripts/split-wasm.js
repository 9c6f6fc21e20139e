#!/usr/bin/env node
// Splits the page's WebAssembly module in two (Emscripten's SPLIT_MODULE; wasm/CMakeLists.txt runs
// this after linking loopscope.js with -sSPLIT_MODULE):
//
//   loopscope.wasm           the primary module: the functions the page's first run uses (the
//                            default example, run as the page runs it, and every Embind binding)
//                            and those the speed probes use;
//   loopscope.deferred.wasm  every other function; the primary's table holds placeholders for them,
//                            and the first call of one loads this module (the loader's
//                            loadSplitModule: the page's worker prefetches it after the first run,
//                            see web/src/worker.ts; node reads the file).
//
// The link leaves loopscope.wasm.orig (the whole module) and loopscope.wasm instrumented by
// `wasm-split --instrument`. This runs the instrumented module in node on the profile programs,
// asks it for its profile (which functions ran) and splits loopscope.wasm.orig by that profile.
// The profile is made on every link, so it always matches the module being split.
//
//   node scripts/split-wasm.js BUILD_DIR [WASM_SPLIT]
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const stdlibDir = path.join(root, "core", "modules", "py");

// The page's first run: the default example (web/src/examples.ts) with the page's run options
// (web/src/run_request.ts). Then the speed probes (bench/web/measure.js: bench/*.py and
// bench/web/probes/*.py, without a trace), so that the interpreter's hot paths in ordinary programs
// (arithmetic, calls, strings, queues, gather) are in the primary module too: a call into the
// deferred module goes through the table or an import, which costs the probes 5-20% (node 20).
function profileRuns() {
  const examples = fs.readFileSync(path.join(root, "web", "src", "examples.ts"), "utf8");
  const match = /DEFAULT_EXAMPLE_ID\s*=\s*"(\w+)"/.exec(examples);
  if (!match) throw new Error("split-wasm: no DEFAULT_EXAMPLE_ID in web/src/examples.ts");
  const runs = [{ file: path.join(root, "web", "src", "examples", `${match[1]}.py`), trace: true }];
  const py = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".py") && f !== "run.py").sort().map((f) => path.join(dir, f));
  for (const file of [...py(path.join(root, "bench")), ...py(path.join(root, "bench", "web", "probes"))]) runs.push({ file, trace: false });
  return runs;
}

const moduleSource = (name) => {
  try {
    return fs.readFileSync(path.join(stdlibDir, `${name}.py`), "utf8");
  } catch {
    return null;
  }
};

async function profile(dir) {
  const createLoopScope = require(path.join(dir, "loopscope.js"));
  const module = await createLoopScope({ wasmBinary: fs.readFileSync(path.join(dir, "loopscope.wasm")), moduleSource });
  module.version();
  for (const { file, trace } of profileRuns()) {
    const run = new module.Run({
      filename: "main.py",
      source: fs.readFileSync(file, "utf8"),
      argv: [],
      maxSteps: 50_000_000,
      trace,
      traceEventLimit: 250_000,
    });
    try {
      let advances = 0;
      while (!run.advance(10_000)) {
        run.takeOutput();
        if (++advances > 1e6) throw new Error(`split-wasm: ${file} did not finish`);
      }
      run.takeOutput();
      run.done();
      run.exitCode();
      // Every binding: Embind holds the table entries of its invokers from the start, so they must
      // be in the primary module (a placeholder there would load the deferred module on each call).
      run.traceJson();
      run.traceText();
      run.tracePerfetto();
    } finally {
      run.delete();
    }
  }
  // The instrumentation's export (not minified): writes the profile at an address in memory.
  const exports = module.asm;
  const writeProfile = exports.__write_profile;
  const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
  if (!writeProfile || !memory) throw new Error("split-wasm: loopscope.wasm is not instrumented (link with -sSPLIT_MODULE)");
  const size = writeProfile(0, 0);
  // Fresh pages past the heap's end, which the module does not know about.
  const at = memory.grow(Math.ceil(size / 65536)) * 65536;
  const written = writeProfile(at, size);
  return Buffer.from(new Uint8Array(memory.buffer, at, written));
}

async function main() {
  const [dirArg, wasmSplit = "wasm-split"] = process.argv.slice(2);
  if (!dirArg) throw new Error("usage: node scripts/split-wasm.js BUILD_DIR [WASM_SPLIT]");
  const dir = path.resolve(dirArg);
  const orig = path.join(dir, "loopscope.wasm.orig");
  const profileFile = path.join(dir, "loopscope.wasm.profile");
  fs.writeFileSync(profileFile, await profile(dir));
  const args = [
    orig,
    // Emscripten strips the target features section: name the features the module uses.
    "--enable-exception-handling",
    "--enable-mutable-globals",
    "--enable-sign-ext",
    `--profile=${profileFile}`,
    "--export-prefix=%",
    "-o1",
    path.join(dir, "loopscope.wasm"),
    "-o2",
    path.join(dir, "loopscope.deferred.wasm"),
  ];
  const result = spawnSync(wasmSplit, args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`split-wasm: ${wasmSplit} failed (${result.error ?? `status ${result.status}`})`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
