#!/usr/bin/env node
// `npm run build`: the deployable static site in dist/ — web/static/* (page, styles), the esbuild
// bundles of web/src (type-checked by tsc first), and the WebAssembly module from the `wasm` CMake
// preset (loopscope.js + loopscope.wasm). Serve dist/ from any static host.
// LOOPSCOPE_WASM_DIR=DIR uses the loopscope.js + loopscope.wasm already built in DIR instead of
// building the `wasm` preset (e.g. to rebuild only the page).
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const wasmBuild = process.env.LOOPSCOPE_WASM_DIR
  ? path.resolve(process.env.LOOPSCOPE_WASM_DIR)
  : path.join(root, "build", "wasm");

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build-web: ${command} ${args.join(" ")} failed`);
    process.exit(result.status || 1);
  }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main() {
  if (!process.env.LOOPSCOPE_WASM_DIR) {
    run("cmake", ["--preset", "wasm"]);
    run("cmake", ["--build", "--preset", "wasm", "--target", "loopscope_wasm"]);
  }
  const tsc = path.join(root, "node_modules", ".bin", "tsc");
  run(tsc, ["-p", "web/tsconfig.json"]);
  run(tsc, ["-p", "web/tsconfig.worker.json"]);

  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(path.join(root, "web", "static"), dist, { recursive: true });
  const esbuild = require("esbuild");
  await esbuild.build({
    entryPoints: { boot: "web/src/boot.ts", main: "web/src/main.ts", worker: "web/src/worker.ts" },
    absWorkingDir: root,
    outdir: dist,
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    sourcemap: true,
    logLevel: "warning",
    loader: { ".py": "text" }, // the example programs (web/src/examples/*.py)
  });
  for (const file of ["loopscope.js", "loopscope.wasm"]) {
    fs.copyFileSync(path.join(wasmBuild, file), path.join(dist, file));
  }

  let total = 0;
  let totalGzip = 0;
  const lines = [];
  for (const name of fs.readdirSync(dist).sort()) {
    if (name.endsWith(".map")) continue;
    const bytes = fs.readFileSync(path.join(dist, name));
    const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
    total += bytes.length;
    totalGzip += gzip;
    lines.push(`  ${name.padEnd(16)} ${kb(bytes.length).padStart(10)} ${kb(gzip).padStart(10)} gzip`);
  }
  console.log(`build-web: wrote ${path.relative(process.cwd(), dist) || "."}/`);
  console.log(lines.join("\n"));
  console.log(`  ${"total".padEnd(16)} ${kb(total).padStart(10)} ${kb(totalGzip).padStart(10)} gzip`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
