#!/usr/bin/env node
// Splits the page's WebAssembly module in two (Emscripten's SPLIT_MODULE; wasm/CMakeLists.txt runs
// this after linking loopscope.js with -sSPLIT_MODULE):
//
//   loopscope.wasm           the primary module: the functions the page's first run uses (the
//                            default example, run as the page runs it), those the speed probes
//                            use, and Embind's invokers;
//   loopscope.deferred.wasm  every other function; the primary's table holds placeholders for them,
//                            and the first call of one loads this module (the loader's
//                            loadSplitModule: the page's worker prefetches it after the first run,
//                            see web/src/worker.ts; node reads the file).
//
// The link leaves loopscope.wasm.orig (the whole module, with function names: --profiling-funcs)
// and loopscope.wasm instrumented by `wasm-split --instrument`. This runs the instrumented module in
// node on the profile programs, asks it for its profile (which functions ran), and splits
// loopscope.wasm.orig keeping those functions and every Embind invoker (by name) in the primary
// module: Embind holds the table entries of its invokers from the start, so a placeholder there would
// load the deferred module on each call; what an invoker calls may be deferred (a C++ call through
// the table, which the deferred module fills). So the bindings the first run does not use
// (traceText, tracePerfetto) cost the primary module only their invokers. The profile is made on
// every link, so it always matches the module being split; the outputs carry no names.
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
      if (trace) run.traceJson(); // the page's worker sends the trace with the run's exit
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

// The names of the module's defined functions, in order (the name section; imports come first in
// the function index space), and binaryen's escaping of them (its names for --keep-funcs).
function definedFunctionNames(bytes) {
  let at = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const text = (length) => {
    const value = bytes.toString("utf8", at, at + length);
    at += length;
    return value;
  };
  let imported = 0;
  let defined = 0;
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        text(leb());
        text(leb());
        const kind = bytes[at++];
        if (kind === 0) imported++, leb();
        else if (kind === 1) at++, leb() & 1 ? (leb(), leb()) : leb(); // table: type, limits
        else if (kind === 2) leb() & 1 ? (leb(), leb()) : leb(); // memory: limits
        else if (kind === 3) at += 2; // global: type, mutability
        else if (kind === 4) at++, leb(); // tag: attribute, type
      }
    } else if (id === 3) {
      defined = leb();
    } else if (id === 0 && text(leb()) === "name") {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) for (let count = leb(); count > 0; count--) names.set(leb(), text(leb()));
        at = subEnd;
      }
    }
    at = end;
  }
  if (!names.size) throw new Error("split-wasm: loopscope.wasm.orig has no function names (link with --profiling-funcs)");
  const idChar = /[0-9A-Za-z!#$%&'*+\-./:<=>?@\\^_`|~]/;
  const escape = (name) =>
    [...Buffer.from(name, "utf8")].map((byte) => (byte < 0x80 && idChar.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `\\${byte.toString(16).padStart(2, "0")}`)).join("");
  return Array.from({ length: defined }, (_, i) => escape(names.get(imported + i) ?? String(imported + i)));
}

async function main() {
  const [dirArg, wasmSplit = "wasm-split"] = process.argv.slice(2);
  if (!dirArg) throw new Error("usage: node scripts/split-wasm.js BUILD_DIR [WASM_SPLIT]");
  const dir = path.resolve(dirArg);
  const orig = path.join(dir, "loopscope.wasm.orig");
  const profileData = await profile(dir);
  // The profile: an 8-byte hash of the module, then a 32-bit first-call timestamp (0: never called)
  // per defined function.
  const names = definedFunctionNames(fs.readFileSync(orig));
  if (profileData.length !== 8 + 4 * names.length) throw new Error("split-wasm: the profile does not match loopscope.wasm.orig");
  const keep = names.filter((name, i) => profileData.readUInt32LE(8 + 4 * i) !== 0 || name.includes("emscripten::internal::"));
  const keepFile = path.join(dir, "loopscope.wasm.keep");
  fs.writeFileSync(keepFile, `${keep.join("\n")}\n`);
  const args = [
    orig,
    // Emscripten strips the target features section: name the features the module uses.
    "--enable-exception-handling",
    "--enable-mutable-globals",
    "--enable-sign-ext",
    "--enable-bulk-memory", // -mbulk-memory, -mnontrapping-fptoint (cmake/LoopScopeCompiler.cmake)
    "--enable-nontrapping-float-to-int",
    `--keep-funcs=@${keepFile}`,
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
