#!/usr/bin/env node
// `npm run build`: the deployable static site in dist/ — web/static/* (page, styles), the esbuild
// bundles of web/src (type-checked by tsc first), and the WebAssembly module from the `wasm` CMake
// preset (loopscope.js + loopscope.wasm). Serve dist/ from any static host.
// LOOPSCOPE_WASM_DIR=DIR uses the loopscope.js + loopscope.wasm already built in DIR instead of
// building the `wasm` preset (e.g. to rebuild only the page). LOOPSCOPE_DIST=DIR writes the site to
// DIR instead of dist/ (bench/web/measure.js reads the same variable).
"use strict";
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { bundledSources, stdlibDir, stdlibIndex } = require("./stdlib-index");

const root = path.resolve(__dirname, "..");
const dist = process.env.LOOPSCOPE_DIST ? path.resolve(process.env.LOOPSCOPE_DIST) : path.join(root, "dist");
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

// Whether loopscope.js was linked with -sSPLIT_MODULE (its loader then names loopscope.deferred.wasm).
function isSplit() {
  return fs.readFileSync(path.join(wasmBuild, "loopscope.js"), "utf8").includes(".deferred.wasm");
}

// dist/worker.js: Emscripten's loader (loopscope.js, minified) followed by web/src/worker.ts, so the
// worker is one request and starts fetching loopscope.wasm as soon as it runs. The loader stays in
// sloppy mode (it is not written for strict mode); the worker's own code keeps its "use strict",
// moved inside its function. The source map is shifted by the loader's lines.
async function buildWorker(esbuild, options) {
  const glue = await esbuild.transform(fs.readFileSync(path.join(wasmBuild, "loopscope.js"), "utf8"), {
    minify: true,
    target: "es2022",
  });
  if (!/\bcreateLoopScope\b/.test(glue.code)) throw new Error("build-web: loopscope.js defines no createLoopScope");
  const result = await esbuild.build({
    ...options,
    entryPoints: { worker: "web/src/worker.ts" },
    define: {
      LOOPSCOPE_STDLIB: JSON.stringify(stdlibIndex()),
      LOOPSCOPE_STDLIB_BUNDLED: JSON.stringify(bundledSources()),
      LOOPSCOPE_DEFERRED_WASM: JSON.stringify(isSplit()),
    },
    write: false,
  });
  const js = result.outputFiles.find((file) => file.path.endsWith(".js"));
  const map = result.outputFiles.find((file) => file.path.endsWith(".js.map"));
  const strict = '"use strict";(()=>{';
  if (!js.text.startsWith(strict)) throw new Error("build-web: unexpected start of the worker bundle");
  const loader = glue.code.endsWith("\n") ? glue.code : `${glue.code}\n`;
  const lines = loader.split("\n").length - 1;
  fs.writeFileSync(js.path, `${loader}(()=>{"use strict";${js.text.slice(strict.length)}`);
  const sourceMap = JSON.parse(map.text);
  sourceMap.mappings = ";".repeat(lines) + sourceMap.mappings;
  fs.writeFileSync(map.path, JSON.stringify(sourceMap));
}

// dist/index.html carries boot.js inline, in place of its <script src="boot.js">: the worker and the
// module's download then start as soon as the page's head is parsed, one request (a round trip)
// earlier. The Content-Security-Policy allows that one script by its hash (script-src
// 'sha256-...'); no other inline script may run. boot.js.map stays beside the page.
function inlineBoot() {
  const htmlPath = path.join(dist, "index.html");
  const bootPath = path.join(dist, "boot.js");
  const code = fs.readFileSync(bootPath, "utf8").trimEnd();
  // Inside <script>, "</script" would end the element and "<!--" changes how it is parsed.
  if (/<\/script|<!--/i.test(code)) throw new Error("build-web: boot.js cannot be inlined as it is");
  const hash = crypto.createHash("sha256").update(code, "utf8").digest("base64");
  const tag = '<script src="boot.js"></script>';
  const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*\bscript-src 'self')/;
  let html = fs.readFileSync(htmlPath, "utf8");
  if (!html.includes(tag) || !csp.test(html)) throw new Error("build-web: index.html has no boot.js tag or script-src to fill");
  html = html.replace(csp, `$1 'sha256-${hash}'`).replace(tag, () => `<script>${code}</script>`);
  fs.writeFileSync(htmlPath, html);
  fs.rmSync(bootPath);
}

// dist/index.html carries style.css inline too, in place of its <link rel="stylesheet">, allowed by
// its hash in style-src: the page is laid out once, styled, right after it is parsed. With the
// stylesheet a request away, Chromium laid the page out unstyled at DOMContentLoaded and again when
// style.css came (~60 ms later on localhost), the second layout just when the browser asked the main
// thread to start the worker (which then waited for it). style.css stays beside the page.
function inlineStyle() {
  const htmlPath = path.join(dist, "index.html");
  const css = fs.readFileSync(path.join(dist, "style.css"), "utf8").trimEnd();
  if (/<\/style/i.test(css)) throw new Error("build-web: style.css cannot be inlined as it is");
  const hash = crypto.createHash("sha256").update(css, "utf8").digest("base64");
  const tag = '<link rel="stylesheet" href="style.css">';
  const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*\bstyle-src 'self')/;
  let html = fs.readFileSync(htmlPath, "utf8");
  if (!html.includes(tag) || !csp.test(html)) throw new Error("build-web: index.html has no style.css link or style-src to fill");
  html = html.replace(csp, `$1 'sha256-${hash}'`).replace(tag, () => `<style>${css}</style>`);
  fs.writeFileSync(htmlPath, html);
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
  const options = {
    absWorkingDir: root,
    outdir: dist,
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    sourcemap: true,
    logLevel: "warning",
    loader: { ".py": "text" }, // the example programs (web/src/examples/*.py)
  };
  await esbuild.build({ ...options, entryPoints: { boot: "web/src/boot.ts" } });
  // main.js and editor.js are ES modules: main.js (the page) loads editor.js (CodeMirror and the
  // editor built on it, ~130 KB gzip) with import() once the first result is on screen (see
  // main.ts), so the first load does not carry the editor. Code both import would go to a shared
  // chunk that main.js imports (loaded before the first result): keep the editor's imports its own.
  const pages = await esbuild.build({
    ...options,
    entryPoints: { main: "web/src/main.ts", editor: "web/src/editor.ts" },
    format: "esm",
    splitting: true,
    metafile: true,
  });
  const chunks = Object.keys(pages.metafile.outputs).filter((file) => file.endsWith(".js"));
  if (chunks.length !== 2) console.warn(`build-web: main.ts and editor.ts share code, loaded before the first result: ${chunks.join(", ")}`);
  inlineBoot();
  inlineStyle();
  await buildWorker(esbuild, options);
  // loopscope.js stays beside the module for node and other hosts (the worker carries its own copy).
  // A split module (scripts/split-wasm.js) has its deferred part beside it.
  for (const file of ["loopscope.js", "loopscope.wasm", ...(isSplit() ? ["loopscope.deferred.wasm"] : [])]) {
    fs.copyFileSync(path.join(wasmBuild, file), path.join(dist, file));
  }
  fs.mkdirSync(path.join(dist, "py"));
  for (const name of Object.keys(stdlibIndex().modules)) {
    fs.copyFileSync(path.join(stdlibDir, `${name}.py`), path.join(dist, "py", `${name}.py`));
  }

  let total = 0;
  let totalGzip = 0;
  const lines = [];
  for (const name of fs.readdirSync(dist).sort()) {
    if (name.endsWith(".map")) continue;
    const full = path.join(dist, name);
    // A folder (py/) is one line: its files' sizes summed, each gzipped on its own as a host sends it.
    const files = fs.statSync(full).isDirectory() ? fs.readdirSync(full).map((f) => path.join(full, f)) : [full];
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const body = fs.readFileSync(file);
      bytes += body.length;
      gzip += zlib.gzipSync(body, { level: 9 }).length;
    }
    total += bytes;
    totalGzip += gzip;
    const label = files.length === 1 && files[0] === full ? name : `${name}/ (${files.length} files)`;
    lines.push(`  ${label.padEnd(24)} ${kb(bytes).padStart(10)} ${kb(gzip).padStart(10)} gzip`);
  }
  console.log(`build-web: wrote ${path.relative(process.cwd(), dist) || "."}/`);
  console.log(lines.join("\n"));
  console.log(`  ${"total".padEnd(24)} ${kb(total).padStart(10)} ${kb(totalGzip).padStart(10)} gzip`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
