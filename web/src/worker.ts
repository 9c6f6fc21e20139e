// The Web Worker that hosts LoopScope's WebAssembly module. scripts/build-web.js puts Emscripten's
// loader (loopscope.js) at the top of this file, so starting the worker is one request. The page
// compiles loopscope.wasm and sends the module (worker.js?module=page); without that parameter, the
// loader fetches and compiles it (streaming, beside this file in dist/) the moment the worker starts. Run requests are accepted from the start and wait for the module.
// The Python-level stdlib modules' sources are not in the module: this worker supplies them (those
// every asyncio program imports are in this file; the others are fetched from dist/py/, see stdlib.ts).
// It runs a program in slices of steps, posting output as it goes, so the page stays responsive and
// the engine can optimise the dispatch loop between slices. The page stops a runaway run by
// terminating this worker and starting a new one; the step budget (RunRequest.maxSteps) ends one
// cleanly with the core's own message. The last finished run stays until the next one starts, for
// its Perfetto JSON (the page's Export asks for it; the trace JSON comes with the run's exit).
import type { CreateLoopScope, LoopScopeModule, ModuleOverrides, Run } from "../../wasm/loopscope";
import type { ModuleMessage, PageMessage, RunRequest, WorkerMessage } from "./protocol";
import { modulesFor, type StdlibIndex } from "./stdlib";

declare const createLoopScope: CreateLoopScope; // defined by loopscope.js, prepended by the build
declare const LOOPSCOPE_STDLIB: StdlibIndex; // the index of dist/py/, put in by the build (esbuild define)
// The sources every asyncio program imports (what every run needs, and asyncio's helpers), carried in
// this file by the build (scripts/stdlib-index.js bundledSources), so the usual run fetches nothing.
declare const LOOPSCOPE_STDLIB_BUNDLED: Record<string, string>;
// Whether the module is split (scripts/split-wasm.js): loopscope.deferred.wasm beside loopscope.wasm.
declare const LOOPSCOPE_DEFERRED_WASM: boolean;

// bench/web/measure.js reads the worker's "worker:*" marks (this script started, the page's module
// came, the module is ready, a run was asked for, its sources are here, the run started/ended).
performance.mark("worker:script");

const STEPS_PER_ADVANCE = 10_000;
const SLICE_MS = 20; // run this long before yielding to the worker's event loop

const post = (message: WorkerMessage) => self.postMessage(message);

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// The last run that finished, kept (not deleted) until the next run starts, so the page can ask for
// its Perfetto JSON (PerfettoRequest) without every run making it.
let lastRun: { id: number; run: Run } | null = null;

function dropLastRun(): void {
  lastRun?.run.delete();
  lastRun = null;
}

function answerPerfetto(id: number): void {
  if (lastRun?.id !== id) {
    post({ type: "perfetto", id, error: "that run is no longer in the worker; run the program again" });
    return;
  }
  try {
    post({ type: "perfetto", id, json: lastRun.run.tracePerfetto() });
  } catch (error) {
    post({ type: "perfetto", id, error: error instanceof Error ? error.message : String(error) });
  }
}

async function run(module: LoopScopeModule, request: RunRequest): Promise<void> {
  dropLastRun(); // before the new run allocates: one run's memory at a time
  const started = performance.now();
  performance.mark("worker:run-start");
  const run = new module.Run({
    filename: request.filename,
    source: request.source,
    argv: request.argv,
    maxSteps: request.maxSteps,
    trace: request.trace,
    traceEventLimit: request.traceEventLimit,
  });
  performance.mark("worker:run-created");
  let kept = false;
  try {
    let done = false;
    while (!done) {
      const sliceEnd = performance.now() + SLICE_MS;
      while (!done && performance.now() < sliceEnd) done = run.advance(STEPS_PER_ADVANCE);
      for (const chunk of run.takeOutput()) post({ type: "output", id: request.id, ...chunk });
      if (!done) await yieldToEventLoop();
    }
    const elapsedMs = performance.now() - started;
    performance.mark("worker:run-end");
    const trace = request.trace ? run.traceJson() : "";
    lastRun = { id: request.id, run };
    kept = true;
    post({ type: "exit", id: request.id, code: run.exitCode(), elapsedMs, trace });
  } finally {
    if (!kept) run.delete();
  }
}

function reportError(error: unknown, id?: number): void {
  post({ type: "error", id, message: error instanceof Error ? error.message : String(error) });
}

// ---- the stdlib modules' sources (dist/py/NAME.py; see stdlib.ts) ----
// Kept for the worker's life: every run of this worker imports from the same sources.
const sources = new Map<string, string>(Object.entries(LOOPSCOPE_STDLIB_BUNDLED));
const fetching = new Map<string, Promise<void>>();
const stdlibUrl = (name: string) => new URL(`py/${name}.py`, self.location.href).href;

// Fetches (in parallel, in the background) the sources not yet here; never fails: a source that
// did not come is asked for again, synchronously, if the program imports it.
function prefetch(names: readonly string[]): Promise<unknown> {
  const waits: Promise<void>[] = [];
  for (const name of names) {
    if (sources.has(name)) continue;
    let pending = fetching.get(name);
    if (!pending) {
      pending = fetch(stdlibUrl(name))
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
        .then((text) => void sources.set(name, text))
        .catch(() => undefined)
        .finally(() => fetching.delete(name));
      fetching.set(name, pending);
    }
    waits.push(pending);
  }
  return Promise.all(waits);
}

// The module asks for a source on a module's first import, synchronously (the WebAssembly runs
// inside this call): the prefetched copy, else a synchronous request (allowed in a worker).
function moduleSource(name: string): string | null {
  const known = sources.get(name);
  if (known !== undefined) return known;
  if (!Object.hasOwn(LOOPSCOPE_STDLIB.modules, name)) return null;
  try {
    const request = new XMLHttpRequest();
    request.open("GET", stdlibUrl(name), false);
    request.send();
    if (request.status !== 200) return null;
    sources.set(name, request.responseText);
    return request.responseText;
  } catch {
    return null;
  }
}

// Started as worker.js?module=page, the worker gets the module compiled by the page (a "module"
// message, see worker_start.ts) and only instantiates it; otherwise (bench/web's workers) the loader
// fetches and compiles loopscope.wasm itself.
let receiveModule: (message: ModuleMessage) => void = () => {};
const pageModule = new Promise<WebAssembly.Module>((resolve, reject) => {
  receiveModule = (message) => (message.module ? resolve(message.module) : reject(new Error(message.error ?? "no module")));
});
const instantiateWasm: ModuleOverrides["instantiateWasm"] = (imports, receive) => {
  pageModule
    .then((module) => {
      performance.mark("worker:module-received");
      return WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module));
    })
    .catch((error) => reportError(error));
  return {};
};
const fromPage = new URL(self.location.href).searchParams.get("module") === "page";

// ---- the deferred module (loopscope.deferred.wasm, see scripts/split-wasm.js) ----
// The primary module has the functions the default example's first run and the speed probes use;
// the first call of any other one loads the deferred module (the loader's loadSplitModule,
// synchronous). It is fetched and compiled in the background once the first run is over, so later
// runs rarely wait; a run that needs it earlier fetches and compiles it on the spot (a synchronous
// request).
const deferredUrl = new URL("loopscope.deferred.wasm", self.location.href).href;
let deferredModule: Promise<WebAssembly.Module> | null = null;
let deferredCompiled: WebAssembly.Module | null = null;
let deferredInstance: WebAssembly.Instance | null = null;
function prefetchDeferred(): void {
  if (!LOOPSCOPE_DEFERRED_WASM || deferredModule) return;
  deferredModule = WebAssembly.compileStreaming(fetch(deferredUrl)).catch(() =>
    fetch(deferredUrl)
      .then((response) => response.arrayBuffer())
      .then((bytes) => WebAssembly.compile(bytes)),
  );
  deferredModule.then((module) => void (deferredCompiled = module)).catch(() => undefined);
}
const loadSplitModule: ModuleOverrides["loadSplitModule"] = (file, imports) => {
  // Once: the loader asks again when Embind kept a placeholder; the table already has the function.
  if (deferredInstance) return;
  let module = deferredCompiled;
  if (!module) {
    const request = new XMLHttpRequest();
    request.open("GET", file, false);
    request.responseType = "arraybuffer";
    request.send();
    if (request.status !== 200) throw new Error(`loopscope.deferred.wasm: HTTP ${request.status}`);
    module = new WebAssembly.Module(request.response as ArrayBuffer);
  }
  deferredInstance = new WebAssembly.Instance(module, imports);
};
// The loader reports each placeholder call and the deferred module's loading on err(): not news.
const printErr = (text: string) => {
  if (!/^(placeholder function called|instantiated deferred module)/.test(text)) console.warn(text);
};

// The module loads while the page sets itself up; a failure to load is reported once (without a run
// id: the page then treats the worker as broken), and the runs waiting for it are dropped.
const loading = createLoopScope({ moduleSource, loadSplitModule, printErr, ...(fromPage && { instantiateWasm }) });
let loaded = false;
loading.then(
  (module) => {
    loaded = true;
    performance.mark("worker:ready");
    post({ type: "ready", version: module.version(), at: performance.timeOrigin + performance.now() });
  },
  (error) => reportError(error),
);

let queue: Promise<void> = Promise.resolve();
let answered = false;
self.onmessage = (event: MessageEvent<PageMessage>) => {
  // The page's boot.js waits for a word from this worker before it starts main.js (see boot.ts).
  if (!answered) {
    answered = true;
    post({ type: "started" });
  }
  if (event.data.type === "module") {
    receiveModule(event.data);
    return;
  }
  if (event.data.type === "perfetto") {
    // Not queued: it is about the run that finished last, which a queued run would delete.
    answerPerfetto(event.data.id);
    return;
  }
  // One run at a time, in the order asked.
  const request = event.data;
  performance.mark("worker:run-request");
  // The sources it will likely import come while the module loads or an earlier run goes on.
  const fetched = prefetch(modulesFor(request.source, LOOPSCOPE_STDLIB)).then(() => performance.mark("worker:fetched"));
  queue = queue
    .then(() => Promise.all([loading, fetched]))
    .then(([module]) => run(module, request))
    // After the first result (a second later, when the page has shown it), the deferred module.
    .finally(() => setTimeout(prefetchDeferred, 1000))
    .catch((error) => {
      if (loaded) reportError(error, request.id);
    });
};
