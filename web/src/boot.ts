// The page's first script (inline in dist/index.html, small): starts the worker that will run
// programs and the WebAssembly module's download and compilation, asks the worker for the first run
// (the program the page will show: the one kept in localStorage, else the default example), and then
// starts main.js, the page (which loads the editor, editor.js, once the first result is shown). So the
// module loads and the first program runs while main.js loads and starts. A share link is left to main.js (its program must be decoded
// first). Messages the worker sends before main.js takes it over are kept for it.
import { DEFAULT_EXAMPLE_SOURCE } from "./examples";
import type { RunRequest, WorkerMessage } from "./protocol";
import { loadStoredProgram, runRequest } from "./run_request";
import { isShareFragment } from "./share";
import { compileModule, sendModule, startWorker } from "./worker_start";

export interface Boot {
  worker: Worker;
  /** The WebAssembly module, compiled here; the runner sends it to every worker it starts. */
  wasm: Promise<WebAssembly.Module>;
  early: (MessageEvent<WorkerMessage> | ErrorEvent)[];
  /** The run boot.js asked for, and when (performance.now()); main.js adopts it if it shows that program. */
  firstRun?: { request: RunRequest; started: number };
}

declare global {
  interface Window {
    loopscopeBoot?: Boot;
  }
}

performance.mark("loopscope:boot"); // bench/web: when the worker was started
// The module is fetched and compiled (streaming) here, while the worker's own script loads, and then
// sent to the worker, which only instantiates it (see worker.ts; a restarted worker gets it too).
// The worker first: its script's request goes out before the module's large download.
// Should any of it throw (no workers, no WebAssembly), main.js still starts, and starts its own
// worker, which reports what fails.
let workerHasItAll: Promise<unknown> = Promise.resolve(); // what main.js waits for (below)
let worker: Worker | undefined;
try {
  worker = startWorker();
  const wasm = compileModule();
  wasm.then(() => performance.mark("loopscope:module-compiled")).catch(() => undefined); // bench/web
  sendModule(worker, wasm);
  const early: Boot["early"] = [];
  let heardFromWorker: () => void = () => {};
  const workerHeard = new Promise<void>((resolve) => (heardFromWorker = resolve));
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    early.push(event);
    heardFromWorker();
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    early.push(event);
    heardFromWorker();
  };
  const boot: Boot = { worker, wasm, early };
  if (!isShareFragment(location.hash)) {
    const request = runRequest(1, loadStoredProgram() ?? DEFAULT_EXAMPLE_SOURCE);
    worker.postMessage(request);
    boot.firstRun = { request, started: performance.now() };
  }
  workerHasItAll = Promise.all([workerHeard, wasm.then(() => undefined, () => undefined)]);
  window.loopscopeBoot = boot;
} catch {
  worker?.terminate();
}

// main.js (the page, ~25 KB gzip; the editor comes later in editor.js) is started from here, once the worker
// has what this script sent it: Chromium hands a starting worker the messages posted to it (and
// starts it) in tasks of the page's main thread, so a long script there would hold up the first run.
// So main.js is evaluated once the worker said something (it answers its first message at once),
// the module was posted to it, and the document is parsed (main.js expects it); after 1.5 s anyway.
// index.html preloads main.js (rel=modulepreload, as a module script fetches it), so it downloads meanwhile.
const documentParsed = new Promise<void>((resolve) => {
  if (document.readyState !== "loading") resolve();
  else document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
});
const patience = new Promise<void>((resolve) => setTimeout(resolve, 1500));
void Promise.all([documentParsed, Promise.race([workerHasItAll, patience])]).then(() => {
  const script = document.createElement("script");
  script.type = "module"; // main.js is an ES module: it import()s editor.js (CodeMirror) later
  script.src = "main.js";
  document.head.append(script);
});
