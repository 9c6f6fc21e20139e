// The page's side of the worker: starts it, runs one program at a time, and stops a run by
// terminating the worker and starting a fresh one (the only way to interrupt WebAssembly that is
// busy). Messages from a run the page gave up on are ignored by id. Requests go to the worker at
// once: it takes them while its module is still loading and runs them when it is ready. The Perfetto
// JSON of the last finished run is asked for on demand (perfetto()).
import type { Boot } from "./boot";
import type { PageMessage, RunRequest, Stream, WorkerMessage } from "./protocol";
import { sendModule, startWorker } from "./worker_start";

export interface RunHandlers {
  output(stream: Stream, text: string): void;
  exit(code: number, elapsedMs: number, trace: string, id: number): void; // id: as run()/adopt() return
  failed(message: string): void; // the worker broke during the run
}

export type RunnerState =
  | { kind: "loading" }
  | { kind: "ready"; version: string; at?: number }
  | { kind: "broken"; message: string };

export class Runner {
  private worker: Worker | null = null;
  private nextId = 1;
  private current: { id: number; handlers: RunHandlers } | null = null;
  // The run boot.js asked for, until the page adopts it (its messages are kept until then).
  private unclaimed: { request: RunRequest; messages: WorkerMessage[] } | null = null;
  private _state: RunnerState = { kind: "loading" };
  private readonly wasm?: Promise<WebAssembly.Module>; // compiled by boot.js, for every worker
  // perfetto(): the answers awaited, by run id (a new worker, which has no runs, rejects them).
  private readonly perfettoWaits = new Map<number, { resolve(json: string): void; reject(error: Error): void }[]>();

  constructor(
    private readonly url: string,
    private readonly onState: (state: RunnerState) => void,
    boot?: Boot, // a worker boot.js already started, with what it said so far and the run it asked for
  ) {
    this.wasm = boot?.wasm;
    if (boot?.firstRun) {
      this.unclaimed = { request: boot.firstRun.request, messages: [] };
      this.nextId = boot.firstRun.request.id + 1;
    }
    this.start(boot);
  }

  get state(): RunnerState {
    return this._state;
  }

  get running(): boolean {
    return this.current !== null || this.unclaimed !== null;
  }

  /** The program of the run boot.js started, if it is still there to adopt. */
  get unclaimedSource(): string | undefined {
    return this.unclaimed?.request.source;
  }

  /** Takes over the run boot.js started: what it said so far is replayed to `handlers` now. */
  adopt(handlers: RunHandlers): number {
    const unclaimed = this.unclaimed;
    if (!unclaimed) throw new Error("no run to adopt");
    this.unclaimed = null;
    this.current = { id: unclaimed.request.id, handlers };
    for (const message of unclaimed.messages) this.receive(message);
    return unclaimed.request.id;
  }

  /** Runs a program (as soon as the worker is ready); returns the run's id. */
  run(request: Omit<RunRequest, "type" | "id">, handlers: RunHandlers): number {
    if (this.running) this.stop();
    else if (this._state.kind === "broken") this.restart();
    const full: RunRequest = { type: "run", id: this.nextId++, ...request };
    this.current = { id: full.id, handlers };
    this.worker!.postMessage(full);
    return full.id;
  }

  /**
   * The Chrome Trace Event (Perfetto) JSON of run `id`, made by the worker on request: it keeps the
   * last run that finished until the next one starts. Rejects when that run is gone.
   */
  perfetto(id: number): Promise<string> {
    return new Promise((resolve, reject) => {
      if (!this.worker || this._state.kind === "broken") {
        reject(new Error("the interpreter is not running"));
        return;
      }
      const waits = this.perfettoWaits.get(id) ?? [];
      waits.push({ resolve, reject });
      this.perfettoWaits.set(id, waits);
      if (waits.length === 1) this.worker.postMessage({ type: "perfetto", id } satisfies PageMessage);
    });
  }

  private settlePerfetto(id: number, json?: string, error?: string): void {
    const waits = this.perfettoWaits.get(id) ?? [];
    this.perfettoWaits.delete(id);
    for (const wait of waits) {
      if (json !== undefined) wait.resolve(json);
      else wait.reject(new Error(error ?? "no answer"));
    }
  }

  private rejectAllPerfetto(reason: string): void {
    for (const id of [...this.perfettoWaits.keys()]) this.settlePerfetto(id, undefined, reason);
  }

  /** Ends the current run at once: the worker is terminated and a new one started. */
  stop(): boolean {
    const had = this.running;
    this.current = null;
    this.unclaimed = null;
    if (had) this.restart();
    return had;
  }

  private setState(state: RunnerState): void {
    this._state = state;
    this.onState(state);
  }

  private restart(): void {
    this.rejectAllPerfetto("the run is no longer in the worker; run the program again");
    this.worker?.terminate();
    this.worker = null;
    this.start();
  }

  private start(boot?: Boot): void {
    this.setState({ kind: "loading" });
    // Without boot.js, the worker loads the module itself.
    let worker: Worker;
    if (boot) worker = boot.worker;
    else if (this.wasm) {
      worker = startWorker(this.url);
      sendModule(worker, this.wasm);
    } else worker = new Worker(this.url);
    this.worker = worker;
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      if (worker !== this.worker) return;
      this.receive(event.data);
    };
    const onError = (event: ErrorEvent) => {
      if (worker !== this.worker) return;
      event.preventDefault();
      this.fail(`the worker failed: ${event.message || "unknown error"}`);
    };
    worker.onmessage = onMessage;
    worker.onerror = onError;
    for (const event of boot?.early.splice(0) ?? []) {
      if (event instanceof ErrorEvent) onError(event);
      else onMessage(event);
    }
  }

  private fail(message: string): void {
    const current = this.current;
    this.current = null;
    this.unclaimed = null;
    this.setState({ kind: "broken", message });
    this.rejectAllPerfetto(message);
    current?.handlers.failed(message);
  }

  private receive(message: WorkerMessage): void {
    if (this.unclaimed && "id" in message && message.id === this.unclaimed.request.id) {
      this.unclaimed.messages.push(message);
      return;
    }
    switch (message.type) {
      case "ready":
        this.setState({ kind: "ready", version: message.version, at: message.at });
        break;
      case "output":
        if (this.current?.id === message.id) this.current.handlers.output(message.stream, message.text);
        break;
      case "exit":
        if (this.current?.id === message.id) {
          const { handlers } = this.current;
          this.current = null;
          handlers.exit(message.code, message.elapsedMs, message.trace, message.id);
        }
        break;
      case "perfetto":
        this.settlePerfetto(message.id, message.json, message.error);
        break;
      case "error":
        if (message.id === undefined) this.fail(message.message);
        else if (this.current?.id === message.id) {
          // The module threw (a trap, an internal error): its state cannot be trusted, so the next
          // run gets a fresh worker.
          const { handlers } = this.current;
          this.current = null;
          this.restart();
          handlers.failed(message.message);
        }
        break;
    }
  }
}
