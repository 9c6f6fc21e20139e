// Types of the WebAssembly module built from wasm/bindings.cpp (loopscope.js + loopscope.wasm).
// Keep in step with the EMSCRIPTEN_BINDINGS block there.

export interface RunOptions {
  filename?: string; // shown in tracebacks; default "main.py"
  source?: string; // the program text
  argv?: string[]; // sys.argv[1:]
  maxSteps?: number; // bytecode step budget; 0 = unlimited
  trace?: boolean; // record the cancellation trace
  traceEventLimit?: number; // the trace stops (marked truncated) past this many events; default 2,000,000
}

export interface OutputChunk {
  stream: "stdout" | "stderr";
  text: string;
}

export interface Run {
  /** Executes at most `steps` steps; true once the program has finished. */
  advance(steps: number): boolean;
  done(): boolean;
  /** Valid once done(). */
  exitCode(): number;
  /** What the program wrote since the last call, in order. */
  takeOutput(): OutputChunk[];
  /** Empty unless options.trace. LoopScope's trace JSON (docs/trace-format.md). */
  traceJson(): string;
  /** Empty unless options.trace. The readable timeline `loopscope run --trace-text` prints. */
  traceText(): string;
  /** Empty unless options.trace. Chrome Trace Event JSON for ui.perfetto.dev. */
  tracePerfetto(): string;
  /** Frees the C++ object; required. */
  delete(): void;
}

export interface LoopScopeModule {
  version(): string;
  Run: new (options: RunOptions) => Run;
}

export interface ModuleOverrides {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
  /**
   * The source of a Python-level stdlib module (core/modules/py/NAME.py; dist/py/NAME.py), asked for
   * synchronously on its first import in a run; null/undefined when it cannot be had (ImportError).
   * The module does not embed them.
   */
  moduleSource?: (name: string) => string | null | undefined;
  /** Instantiates the module instead of the loader's fetch and compile (Emscripten's hook). */
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
  ) => object;
  /**
   * Instantiates the deferred module (loopscope.deferred.wasm, see scripts/split-wasm.js) with
   * `imports`, synchronously, on the first call of a function that is not in the primary module
   * (Emscripten's SPLIT_MODULE hook; by default the loader reads `file` synchronously and compiles it).
   */
  loadSplitModule?: (file: string, imports: WebAssembly.Imports, property: string) => unknown;
  /** The loader's own diagnostics (Emscripten's err(); console.warn by default). */
  printErr?: (text: string) => void;
}

export type CreateLoopScope = (overrides?: ModuleOverrides) => Promise<LoopScopeModule>;
