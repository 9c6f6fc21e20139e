// web/src/stdlib.ts with scripts/stdlib-index.js: which stdlib sources (dist/py/) the worker fetches
// before a run. A module it misses is still loaded (synchronously), so these check that the common
// case needs no synchronous request: what every run and asyncio import, and what a program names.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { loadTs } = require("./load");
const { exampleIds, source } = require("./examples");
const { bundledSources, stdlibDir, stdlibIndex } = require("../../scripts/stdlib-index");

const loopscope = path.resolve(__dirname, "..", "..", "build", "native", "loopscope");

const { importedNames, modulesFor } = loadTs("web/src/stdlib.ts");
const index = stdlibIndex();

test("import lines name their top-level modules", () => {
  const program = [
    "import asyncio",
    "import os.path, json as j  # comment",
    "from collections.abc import Mapping",
    "def f():",
    "    import random; x = 1",
    "\timport  heapq",
    "x = 'import nothing'",
    "from . import sibling",
    "importlib = 3",
  ].join("\n");
  assert.deepEqual(importedNames(program).sort(), ["asyncio", "collections", "heapq", "json", "os", "random"]);
});

test("the index lists every stdlib source, and only existing modules as imports", () => {
  const files = fs.readdirSync(stdlibDir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual(Object.keys(index.modules).sort(), files);
  for (const [name, imports] of Object.entries(index.modules)) {
    for (const imported of imports) {
      assert.ok(imported in index.modules || imported in index.native, `${name} imports unknown ${imported}`);
    }
  }
  for (const name of index.always) assert.ok(name in index.modules, name);
});

test("a run's prefetch: what every run needs, asyncio's helpers, and the program's imports with theirs", () => {
  const base = modulesFor("", index);
  assert.deepEqual(base, ["_structseq", "_sysinit"]);
  const withAsyncio = modulesFor("import asyncio\n", index);
  assert.ok(withAsyncio.includes("_signal"), "_signal");
  for (const name of withAsyncio) assert.ok(!name.startsWith("_asyncio"), name);
  for (const id of exampleIds()) {
    const wanted = modulesFor(source(id), index);
    for (const name of withAsyncio) assert.ok(wanted.includes(name), `${id}: ${name}`);
  }
  const dataclasses = modulesFor("from dataclasses import dataclass\n", index);
  for (const name of ["dataclasses", "copy", "keyword", "reprlib", "types"]) assert.ok(dataclasses.includes(name), name);
  assert.deepEqual(modulesFor("import numpy\nimport constructor\n", index), base);
});

// The Python-level modules a run really loads (the native CLI, same core): sys.modules at the end.
function loadedModules(program) {
  const probe = `${program}\nimport sys as _s\n_s.stderr.write("MODULES " + " ".join(sorted(_s.modules)) + "\\n")\n`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-stdlib-"));
  fs.writeFileSync(path.join(dir, "main.py"), probe);
  const run = spawnSync(loopscope, ["run", "main.py"], { cwd: dir, encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  const line = (run.stderr ?? "").split("\n").find((l) => l.startsWith("MODULES "));
  if (!line) return null;
  return line.slice(8).split(" ").filter((name) => name in index.modules);
}

test("the examples load no stdlib module the prefetch did not foresee (else: a synchronous request)", (t) => {
  if (!fs.existsSync(loopscope)) return t.skip("build/native/loopscope is not built");
  for (const id of ["own_vs_child", "shield", "taskgroup", "producer_consumer"]) {
    const loaded = loadedModules(source(id));
    if (!loaded) return t.skip(`the native CLI cannot run ${id}`);
    const foreseen = modulesFor(source(id), index);
    // A module a native one imports at start-up belongs in scripts/stdlib-index.js's NATIVE_IMPORTS.
    assert.deepEqual(loaded.filter((name) => !foreseen.includes(name)), [], id);
  }
});

test("worker.js carries the sources every asyncio program imports (the default example fetches none)", () => {
  const bundled = bundledSources(index);
  assert.deepEqual(Object.keys(bundled), modulesFor("import asyncio\n", index));
  for (const [name, text] of Object.entries(bundled)) {
    assert.equal(text, fs.readFileSync(path.join(stdlibDir, `${name}.py`), "utf8"), name);
  }
  // Small: they travel with every worker.js, wanted or not.
  assert.ok(Object.values(bundled).join("").length < 16 * 1024);
});
