// Messages between the page (main.ts) and the worker (worker.ts) that hosts the WebAssembly module.

export interface RunRequest {
  type: "run";
  filename: string;
  source: string;
  argv: string[];
  maxSteps: number; // 0 = no limit
}

export type PageMessage = RunRequest;

export type WorkerMessage =
  | { type: "ready"; version: string } // the module loaded; version() of the core
  | { type: "output"; stream: "stdout" | "stderr"; text: string }
  | { type: "exit"; code: number } // the run finished
  | { type: "error"; message: string }; // the module failed to load, or the worker broke
