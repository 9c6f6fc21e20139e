"use strict";
const fs = require("node:fs");
const path = require("node:path");

// dist/py/NAME.py: the Python-level stdlib modules (core/modules/py/), which the WebAssembly module
// does not embed; the worker fetches them (web/src/stdlib.ts) with this index, which build-web.js
// puts into the worker (define LOOPSCOPE_STDLIB): each module's imports (every import line, also indented ones), the modules
// the native ones import (core/: import_module(rt, "...") calls), and those every run imports.
// bundledSources(): the few every asyncio program needs, which worker.js carries (no request).
const stdlibDir = path.resolve(__dirname, "..", "core", "modules", "py");
const NATIVE_IMPORTS = {
  asyncio: ["_signal"],
  time: ["_structseq"],
  sys: ["_structseq"],
};
const ALWAYS_IMPORTED = ["_sysinit", "_structseq"];

function stdlibIndex() {
  const names = fs.readdirSync(stdlibDir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort();
  const modules = {};
  const importLine = /^(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([^#\n;]+))/gm;
  for (const name of names) {
    const source = fs.readFileSync(path.join(stdlibDir, `${name}.py`), "utf8");
    const imports = new Set();
    for (const match of source.matchAll(importLine)) {
      for (const item of match[1] !== undefined ? [match[1]] : match[2].split(",")) {
        const top = item.trim().split(/\s+/)[0].split(".")[0];
        if (top !== name && (names.includes(top) || top in NATIVE_IMPORTS)) imports.add(top);
      }
    }
    modules[name] = [...imports].sort();
  }
  return { modules, native: NATIVE_IMPORTS, always: ALWAYS_IMPORTED };
}

// The sources worker.js carries itself (build-web.js puts them in), so the common run fetches none:
// what every run imports and what asyncio's native modules import, with their own imports.
function bundledSources(index = stdlibIndex()) {
  const names = new Set();
  const visit = (name) => {
    if (names.has(name)) return;
    if (Object.hasOwn(index.modules, name)) names.add(name);
    for (const next of index.native[name] ?? []) visit(next);
    for (const next of index.modules[name] ?? []) visit(next);
  };
  for (const name of [...index.always, "asyncio"]) visit(name);
  const sources = {};
  for (const name of [...names].sort()) sources[name] = fs.readFileSync(path.join(stdlibDir, `${name}.py`), "utf8");
  return sources;
}

module.exports = { stdlibDir, stdlibIndex, bundledSources };
