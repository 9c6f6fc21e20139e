// Loads a TypeScript module of the page (web/src/...) in node for unit tests: esbuild bundles it,
// with its imports, to a CommonJS file in a temporary folder, which is then required.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..", "..");
const cache = new Map();

function loadTs(relativePath) {
  if (cache.has(relativePath)) return cache.get(relativePath);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-ts-"));
  const outfile = path.join(dir, "module.cjs");
  try {
    esbuild.buildSync({
      entryPoints: [path.join(root, relativePath)],
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      outfile,
      logLevel: "error",
      loader: { ".py": "text" },
    });
    const module = require(outfile);
    cache.set(relativePath, module);
    return module;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { loadTs, root };
