// The page's first script (dist/boot.js, tiny): starts the worker — and with it the WebAssembly
// module's download and compilation — before main.js, which carries the editor and is large, has
// been parsed and run. Messages the worker sends before main.js takes it over are kept for it.
import type { WorkerMessage } from "./protocol";

export interface Boot {
  worker: Worker;
  early: (MessageEvent<WorkerMessage> | ErrorEvent)[];
}

declare global {
  interface Window {
    loopscopeBoot?: Boot;
  }
}

performance.mark("loopscope:boot"); // bench/web: when the worker was started
const worker = new Worker("worker.js");
const early: Boot["early"] = [];
worker.onmessage = (event: MessageEvent<WorkerMessage>) => early.push(event);
worker.onerror = (event: ErrorEvent) => {
  event.preventDefault();
  early.push(event);
};
window.loopscopeBoot = { worker, early };
