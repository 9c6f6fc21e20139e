// web/src/stdlib.ts with scripts/stdlib-index.js: which stdlib sources (dist/py/) the worker fetches
// before a run. A module it misses is still loaded (synchronously), so these check that the common
// case needs no synchronous request: what every run and asyncio import, and what a program names.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const { loadTs } = require("./load");
const { exampleIds, source } = require("./examples");
const { stdlibDir, stdlibIndex } = require("../../scripts/stdlib-index");

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
  for (const name of ["_asyncio_base_tasks", "_asyncio_futures", "_asyncio_threads", "_signal"]) assert.ok(withAsyncio.includes(name), name);
  for (const id of exampleIds()) {
    const wanted = modulesFor(source(id), index);
    for (const name of withAsyncio) assert.ok(wanted.includes(name), `${id}: ${name}`);
  }
  const dataclasses = modulesFor("from dataclasses import dataclass\n", index);
  for (const name of ["dataclasses", "copy", "keyword", "reprlib", "types"]) assert.ok(dataclasses.includes(name), name);
  assert.deepEqual(modulesFor("import numpy\nimport constructor\n", index), base);
});
