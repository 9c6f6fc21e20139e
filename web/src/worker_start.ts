// Starting the worker that runs programs (worker.ts), shared by boot.ts and runner.ts: the page
// fetches and compiles the WebAssembly module once, and sends the compiled module to each worker it
// starts (the first, and a fresh one after Stop), which then only instantiates it. The module's
// download and compilation thus overlap the worker's own start, and a restarted worker neither
// downloads nor compiles again (it shares the compiled, and tiered-up, code).
import type { PageMessage } from "./protocol";

export const WORKER_URL = "worker.js";

/** Fetches and compiles loopscope.wasm (streaming: it compiles while it downloads). */
export function compileModule(): Promise<WebAssembly.Module> {
  return WebAssembly.compileStreaming(fetch("loopscope.wasm")).catch(() =>
    // Served without the application/wasm type, the streaming compile refuses it: compile the bytes.
    fetch("loopscope.wasm")
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((bytes) => WebAssembly.compile(bytes)),
  );
}

/** A worker that waits for the page's compiled module (worker.js?module=page): see sendModule. */
export function startWorker(url = WORKER_URL): Worker {
  return new Worker(`${url}?module=page`);
}

/** Sends the module to a worker from startWorker when it is compiled (or why it could not be). */
export function sendModule(worker: Worker, wasm: Promise<WebAssembly.Module>): void {
  wasm.then(
    (module) => worker.postMessage({ type: "module", module } satisfies PageMessage),
    (error: unknown) => worker.postMessage({ type: "module", error: String(error) } satisfies PageMessage),
  );
}
