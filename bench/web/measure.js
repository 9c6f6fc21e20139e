#!/usr/bin/env node
// Measures the playground in headless Chromium on localhost (dist/, served by scripts/serve.js):
//
//   1. first load: every response the page asked for until the default example's first result, with
//      its size and its gzip -9 size (what a static host that gzips sends); target <= 400 KB gzip;
//   2. time from navigation to the first result of the default example (the page marks
//      "loopscope:first-result" when the auto-run ends), cold (fresh profile, empty cache) and warm
//      (reload); median of RUNS; target <= 300 ms;
//   3. the probes' speed in the page's worker versus the native CLI: each bench/*.py and
//      bench/web/probes/*.py run through dist/worker.js (the page's worker, no step budget; the
//      time it reports excludes loading the module) and with build/native/loopscope run (process wall
//      time, median of RUNS); target worker <= 1.5x native. A probe the core cannot run yet is
//      reported as such.
//
//   node bench/web/measure.js [--runs N] [--no-probes] [PROBE.py ...]
// (LOOPSCOPE_NATIVE=PATH measures against another native build; LOOPSCOPE_DIST=DIR another page build.)
// Each cold load navigates 1 s after the browser was launched (LOOPSCOPE_SETTLE_MS=N another wait, 0 none):
// a just-launched headless Chromium first loads its own WebUI renderer (~100 resources, ~150-170 ms
// of CPU in a trace, on this 2-core machine), which a user's already running browser does not do and
// which, without the wait, runs during the page's load. The profile is still fresh, the cache empty.
// Build first (npm run build; cmake --preset native && cmake --build --preset native). Not part of
// ./scripts/test: the numbers depend on the machine; measure on an idle one.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { chromium } = require("playwright-core");
const { startServer } = require("../../scripts/serve");

const root = path.resolve(__dirname, "..", "..");
const dist = process.env.LOOPSCOPE_DIST ? path.resolve(process.env.LOOPSCOPE_DIST) : path.join(root, "dist");
const native = process.env.LOOPSCOPE_NATIVE || path.join(root, "build", "native", "loopscope");
const CHROMIUM = process.env.LOOPSCOPE_CHROMIUM || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TARGET_GZIP_KB = 400;
const TARGET_FIRST_RESULT_MS = 300;
const TARGET_RATIO = 1.5;
const SETTLE_MS = process.env.LOOPSCOPE_SETTLE_MS === undefined ? 1000 : Number(process.env.LOOPSCOPE_SETTLE_MS);

function parseArgs(argv) {
  const options = { runs: 5, probes: true, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs") options.runs = Number(argv[++i]);
    else if (argv[i] === "--no-probes") options.probes = false;
    else options.files.push(path.resolve(argv[i]));
  }
  return options;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] || (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The page's marks ("loopscope:*", main.ts and boot.ts) and its worker's ("worker:*", worker.ts),
// in ms after navigation, for the breakdown of the first result.
const STEPS = [
  ["boot.js ran, worker started", "loopscope:boot"],
  ["module compiled on the page", "loopscope:module-compiled"],
  ["worker script ran", "worker:script"],
  ["worker got the run request", "worker:run-request"],
  ["worker got the module", "worker:module-received"],
  ["module ready", "worker:ready"],
  ["run's sources here", "worker:fetched"],
  ["run started", "worker:run-start"],
  ["run ended", "worker:run-end"],
  ["main.js ran", "loopscope:script"],
  ["page got the run's exit", "loopscope:exit-received"],
  ["trace adapted", "loopscope:trace-adapted"],
  ["timeline given the run", "loopscope:timeline-set"],
  ["first result shown", "loopscope:first-result"],
  ["editor.js asked for", "loopscope:editor-load"],
  ["editor.js loaded, editor being built", "loopscope:editor-start"],
  ["editor built", "loopscope:editor-created"],
];

// Waits for the first run's end (body[data-runs]) with a small script of its own: Playwright's
// waitForSelector first injects its selector engine into the page (~50 ms of the page's thread, cold),
// which would land in the middle of what is measured.
function waitForFirstRun(page) {
  const wait = page.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => document.body && document.body.dataset.runs === "1";
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["data-runs"] });
      }),
  );
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("no first run within 60 s")), 60000));
  return Promise.race([wait, timeout]);
}

async function firstResultMs(page) {
  await waitForFirstRun(page);
  const times = await page.evaluate(() => {
    const [first] = performance.getEntriesByName("loopscope:first-result");
    const [ready] = performance.getEntriesByName("loopscope:ready");
    const [script] = performance.getEntriesByName("loopscope:script");
    const [boot] = performance.getEntriesByName("loopscope:boot");
    const [finished] = performance.getEntriesByName("loopscope:run-finished");
    const at = (mark) => (mark ? mark.startTime : NaN);
    const run = finished && finished.detail ? finished.detail.elapsedMs : NaN;
    const marks = {};
    for (const mark of performance.getEntriesByType("mark")) marks[mark.name] ??= mark.startTime;
    return { firstResult: first.startTime, ready: at(ready), script: at(script), boot: at(boot), run, marks, origin: performance.timeOrigin };
  });
  // The worker's marks, moved to the page's time line.
  for (const worker of page.workers()) {
    const theirs = await worker
      .evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]) }))
      .catch(() => null);
    if (!theirs || !theirs.marks.some(([name]) => name === "worker:run-end")) continue;
    for (const [name, time] of theirs.marks) times.marks[name] ??= time + theirs.origin - times.origin;
    break;
  }
  return times;
}

// 1 and 2: cold loads in fresh profiles (recording the bytes of the first), then warm reloads.
async function measureLoad(url, runs) {
  const cold = [];
  const warm = [];
  const ready = [];
  const script = [];
  const boot = [];
  const run = [];
  const marks = [];
  let transfers = null;
  let later = null; // what the page asked for after the first result (the editor, the deferred module)
  for (let i = 0; i < runs; i++) {
    const browser = await launch();
    try {
      const responses = [];
      if (!transfers) browser.page.on("response", (response) => responses.push(response));
      if (SETTLE_MS > 0) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await browser.page.goto(url);
      const times = await firstResultMs(browser.page);
      cold.push(times.firstResult);
      ready.push(times.ready);
      script.push(times.script);
      boot.push(times.boot);
      run.push(times.run);
      marks.push(times.marks);
      if (!transfers) {
        transfers = [];
        // Only what was asked for before the first result: the worker fetches the deferred part of
        // a split module (loopscope.deferred.wasm) in the background after it.
        const firstAt = times.origin + times.firstResult;
        for (const response of responses.filter((r) => r.request().timing().startTime <= firstAt)) {
          const body = await response.body().catch(() => Buffer.alloc(0));
          transfers.push({
            name: new URL(response.url()).pathname.replace(/^\//, "") || "index.html",
            bytes: body.length,
            gzip: zlib.gzipSync(body, { level: 9 }).length,
          });
        }
        // The rest of the page: the editor is up (body[data-runs]); the worker asks for the deferred
        // module a second after the first result: wait for it (5 s at most) and what else comes.
        for (let waited = 0; waited < 5000 && !responses.some((r) => r.url().endsWith(".deferred.wasm")); waited += 100) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
        later = [];
        for (const response of responses.filter((r) => r.request().timing().startTime > firstAt)) {
          const body = await response.body().catch(() => Buffer.alloc(0));
          later.push({
            name: new URL(response.url()).pathname.replace(/^\//, "") || "index.html",
            bytes: body.length,
            gzip: zlib.gzipSync(body, { level: 9 }).length,
          });
        }
      }
      await browser.page.reload();
      warm.push((await firstResultMs(browser.page)).firstResult);
    } finally {
      await browser.close();
    }
  }
  return { cold, warm, ready, script, boot, run, marks, transfers, later };
}

// 3: a probe in the page's own worker (dist/worker.js), without a step budget.
async function runInWorker(page, source, runs) {
  return page.evaluate(
    async ({ source, runs }) => {
      const worker = new Worker("worker.js");
      const next = (type) =>
        new Promise((resolve, reject) => {
          const chunks = [];
          worker.onmessage = (event) => {
            const message = event.data;
            if (message.type === "output") chunks.push(message);
            else if (message.type === "error") reject(new Error(message.message));
            else if (message.type === type) resolve({ message, chunks });
          };
        });
      await next("ready");
      const times = [];
      let last = null;
      for (let id = 1; id <= runs; id++) {
        const done = next("exit");
        worker.postMessage({ type: "run", id, filename: "main.py", source, argv: [], maxSteps: 0, trace: false });
        const { message, chunks } = await done;
        times.push(message.elapsedMs);
        last = { code: message.code, stdout: chunks.filter((c) => c.stream === "stdout").map((c) => c.text).join(""), stderr: chunks.filter((c) => c.stream === "stderr").map((c) => c.text).join("") };
      }
      worker.terminate();
      return { times, ...last };
    },
    { source, runs },
  );
}

function runNative(file, runs) {
  const times = [];
  let result = null;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    result = spawnSync(native, ["run", path.basename(file)], { cwd: path.dirname(file), encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) break;
  }
  // A CLI that could not be started (e.g. being relinked) has no output, only an error.
  return { times, code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? String(result.error) };
}

function probeFiles(options) {
  if (options.files.length) return options.files;
  const inBench = fs.existsSync(path.join(root, "bench"))
    ? fs.readdirSync(path.join(root, "bench")).filter((f) => f.endsWith(".py")).map((f) => path.join(root, "bench", f))
    : [];
  const ours = fs.readdirSync(path.join(__dirname, "probes")).filter((f) => f.endsWith(".py")).map((f) => path.join(__dirname, "probes", f));
  return [...inBench.filter((f) => path.basename(f) !== "run.py"), ...ours.sort()];
}

const lastLine = (text) => text.trim().split("\n").pop();

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(dist, "index.html"))) {
    console.error("bench/web: dist/ is missing: run `npm run build` first");
    process.exit(1);
  }
  const { server, url } = await startServer({ root: dist, port: 0 });
  let failed = false;
  try {
    console.log(`LoopScope playground, headless Chromium on ${url} (${options.runs} runs)\n`);
    const load = await measureLoad(url, options.runs);
    const total = load.transfers.reduce((sum, t) => sum + t.bytes, 0);
    const totalGzip = load.transfers.reduce((sum, t) => sum + t.gzip, 0);
    console.log("first load (every response until the first result):");
    for (const t of load.transfers) console.log(`  ${t.name.padEnd(26)} ${kb(t.bytes).padStart(10)} ${kb(t.gzip).padStart(10)} gzip`);
    const sizeOk = totalGzip <= TARGET_GZIP_KB * 1024;
    console.log(`  ${"total".padEnd(26)} ${kb(total).padStart(10)} ${kb(totalGzip).padStart(10)} gzip   target <= ${TARGET_GZIP_KB} KB: ${sizeOk ? "met" : "NOT MET"}`);
    if (load.later.length) {
      console.log("after the first result (not counted above):");
      for (const t of load.later) console.log(`  ${t.name.padEnd(26)} ${kb(t.bytes).padStart(10)} ${kb(t.gzip).padStart(10)} gzip`);
      const laterGzip = load.later.reduce((sum, t) => sum + t.gzip, 0);
      const laterBytes = load.later.reduce((sum, t) => sum + t.bytes, 0);
      console.log(`  ${"whole page".padEnd(26)} ${kb(total + laterBytes).padStart(10)} ${kb(totalGzip + laterGzip).padStart(10)} gzip`);
    }
    const coldMs = median(load.cold);
    const timeOk = coldMs <= TARGET_FIRST_RESULT_MS;
    console.log(`\nnavigation -> first result of the default example (median; navigated ${SETTLE_MS} ms after the browser's launch):`);
    console.log(`  cold (empty cache)  ${coldMs.toFixed(0).padStart(6)} ms   target <= ${TARGET_FIRST_RESULT_MS} ms: ${timeOk ? "met" : "NOT MET"}`);
    console.log(
      `    (worker started at ${median(load.boot).toFixed(0)} ms, page script at ${median(load.script).toFixed(0)} ms, ` +
        `module ready in the worker at ${median(load.ready).toFixed(0)} ms, the first run took ` +
        `${median(load.run).toFixed(0)} ms in the worker)`,
    );
    console.log("    cold, step by step (median ms after navigation):");
    for (const [label, name] of STEPS) {
      const values = load.marks.map((m) => m[name]).filter((v) => v !== undefined);
      if (values.length) console.log(`      ${median(values).toFixed(0).padStart(6)}  ${label} (${name})`);
    }
    const editorAfter = load.marks.map((m) => m["loopscope:editor-created"] - m["loopscope:first-result"]).filter((v) => !Number.isNaN(v));
    if (editorAfter.length) console.log(`    the editor was up ${median(editorAfter).toFixed(0)} ms after the first result (median; all: ${editorAfter.map((v) => v.toFixed(0)).join(", ")})`);
    console.log(`  warm (reload)       ${median(load.warm).toFixed(0).padStart(6)} ms`);
    console.log(`  all cold runs: ${load.cold.map((v) => v.toFixed(0)).join(", ")} ms`);
    failed = !sizeOk || !timeOk;

    if (options.probes) {
      if (!fs.existsSync(native)) {
        console.log(`\nprobes: ${path.relative(root, native)} is missing (cmake --preset native && cmake --build --preset native)`);
        failed = true;
      } else {
        console.log(`\nprobes: the page's worker vs ${native} run (median of ${options.runs}; target worker <= ${TARGET_RATIO}x native)`);
        const browser = await launch();
        try {
          await browser.page.goto(url);
          await browser.page.waitForSelector('body[data-runs="1"]', { timeout: 60000 });
          for (const file of probeFiles(options)) {
            const name = path.relative(root, file);
            const source = fs.readFileSync(file, "utf8");
            const mine = runNative(file, options.runs);
            if (mine.code !== 0) {
              console.log(`  ${name.padEnd(34)} n/a: native exit ${mine.code}: ${lastLine(mine.stderr)}`);
              continue;
            }
            const theirs = await runInWorker(browser.page, source, options.runs);
            if (theirs.code !== 0 || theirs.stdout !== mine.stdout) {
              console.log(`  ${name.padEnd(34)} n/a: worker exit ${theirs.code}${theirs.stdout !== mine.stdout ? ", output differs" : ""}: ${lastLine(theirs.stderr)}`);
              failed = true;
              continue;
            }
            const [w, n] = [median(theirs.times), median(mine.times)];
            const ok = w <= n * TARGET_RATIO;
            failed ||= !ok;
            console.log(`  ${name.padEnd(34)} worker ${w.toFixed(0).padStart(6)} ms   native ${n.toFixed(0).padStart(6)} ms   ${(w / n).toFixed(2)}x${ok ? "" : "  NOT MET"}`);
          }
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    server.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
