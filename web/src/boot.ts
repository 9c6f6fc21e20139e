// The page's first script (dist/boot.js, small): starts the WebAssembly module's download and
// compilation and the worker that will run it, and asks the worker for the first run (the program
// the page will show: the one kept in localStorage, else the default example), before main.js,
// which carries the editor and is large, has been parsed and run. So the module loads and the first program runs while
// the page builds its editor. A share link is left to main.js (its program must be decoded first).
// Messages the worker sends before main.js takes it over are kept for it.
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
const worker = startWorker();
const wasm = compileModule();
sendModule(worker, wasm);
const early: Boot["early"] = [];
worker.onmessage = (event: MessageEvent<WorkerMessage>) => early.push(event);
worker.onerror = (event: ErrorEvent) => {
  event.preventDefault();
  early.push(event);
};
const boot: Boot = { worker, wasm, early };
if (!isShareFragment(location.hash)) {
  const request = runRequest(1, loadStoredProgram() ?? DEFAULT_EXAMPLE_SOURCE);
  worker.postMessage(request);
  boot.firstRun = { request, started: performance.now() };
}
window.loopscopeBoot = boot;
