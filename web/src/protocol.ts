// Messages between the page (main.ts, through runner.ts) and the worker (worker.ts) that hosts the
// WebAssembly module. Every message about a run carries the run's id, so the page can ignore what a
// run it has given up on still says.

export interface RunRequest {
  type: "run";
  id: number;
  filename: string;
  source: string;
  argv: string[];
  maxSteps: number; // 0 = no limit
  trace: boolean; // ask the core to record the cancellation trace
  traceEventLimit: number; // …of at most this many events (past it the trace stops, marked truncated)
}

// The WebAssembly module, compiled by the page (boot.ts), for a worker started as worker.js?module=page
// (or why it could not be compiled). A WebAssembly.Module is cloned, not recompiled, when posted.
export interface ModuleMessage {
  type: "module";
  module?: WebAssembly.Module;
  error?: string;
}

// Asks for the Chrome Trace Event (Perfetto) JSON of the run `id`, the last one that finished (the
// worker keeps that run until the next one starts, so the JSON is made only when someone wants it).
export interface PerfettoRequest {
  type: "perfetto";
  id: number;
}

export type PageMessage = RunRequest | ModuleMessage | PerfettoRequest;

export type Stream = "stdout" | "stderr";

export type WorkerMessage =
  // The worker got its first message (boot.js starts main.js once it has heard from the worker).
  | { type: "started" }
  // The module loaded: version() of the core, and when (ms since the epoch, performance.timeOrigin +
  // performance.now() in the worker; bench/web reads it).
  | { type: "ready"; version: string; at?: number }
  | { type: "output"; id: number; stream: Stream; text: string }
  // The run finished: its exit code, the wall time it took in the worker (ms, module load excluded),
  // and the trace JSON the core recorded ("" when there is none).
  | { type: "exit"; id: number; code: number; elapsedMs: number; trace: string }
  // The answer to a PerfettoRequest: the JSON ("" when the run recorded no trace), or why there is none
  // (the run is no longer in the worker).
  | { type: "perfetto"; id: number; json?: string; error?: string }
  | { type: "error"; id?: number; message: string }; // the module failed to load, or the worker broke
