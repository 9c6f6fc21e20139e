// The page's side of the worker: starts it, runs one program at a time, and stops a run by
// terminating the worker and starting a fresh one (the only way to interrupt WebAssembly that is
// busy). Messages from a run the page gave up on are ignored by id.
import type { Boot } from "./boot";
import type { RunRequest, Stream, WorkerMessage } from "./protocol";

export interface RunHandlers {
  output(stream: Stream, text: string): void;
  exit(code: number, elapsedMs: number, trace: string): void;
  failed(message: string): void; // the worker broke during the run
}

export type RunnerState =
  | { kind: "loading" }
  | { kind: "ready"; version: string }
  | { kind: "broken"; message: string };

export class Runner {
  private worker: Worker | null = null;
  private nextId = 1;
  private current: { id: number; handlers: RunHandlers } | null = null;
  private queued: { request: RunRequest; handlers: RunHandlers } | null = null;
  private _state: RunnerState = { kind: "loading" };

  constructor(
    private readonly url: string,
    private readonly onState: (state: RunnerState) => void,
    boot?: Boot, // a worker boot.js already started, with what it said so far
  ) {
    this.start(boot);
  }

  get state(): RunnerState {
    return this._state;
  }

  get running(): boolean {
    return this.current !== null || this.queued !== null;
  }

  /** Runs a program (as soon as the worker is ready); returns the run's id. */
  run(request: Omit<RunRequest, "type" | "id">, handlers: RunHandlers): number {
    if (this.running) this.stop();
    const full: RunRequest = { type: "run", id: this.nextId++, ...request };
    if (this._state.kind === "ready") this.post(full, handlers);
    else this.queued = { request: full, handlers };
    if (this._state.kind === "broken") this.restart();
    return full.id;
  }

  /** Ends the current run at once: the worker is terminated and a new one started. */
  stop(): boolean {
    const had = this.running;
    this.current = null;
    this.queued = null;
    if (had) this.restart();
    return had;
  }

  private post(request: RunRequest, handlers: RunHandlers): void {
    this.current = { id: request.id, handlers };
    this.worker!.postMessage(request);
  }

  private setState(state: RunnerState): void {
    this._state = state;
    this.onState(state);
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.start();
  }

  private start(boot?: Boot): void {
    this.setState({ kind: "loading" });
    const worker = boot?.worker ?? new Worker(this.url);
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
    this.setState({ kind: "broken", message });
    current?.handlers.failed(message);
    const queued = this.queued;
    this.queued = null;
    queued?.handlers.failed(message);
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case "ready": {
        this.setState({ kind: "ready", version: message.version });
        const queued = this.queued;
        this.queued = null;
        if (queued) this.post(queued.request, queued.handlers);
        break;
      }
      case "output":
        if (this.current?.id === message.id) this.current.handlers.output(message.stream, message.text);
        break;
      case "exit":
        if (this.current?.id === message.id) {
          const { handlers } = this.current;
          this.current = null;
          handlers.exit(message.code, message.elapsedMs, message.trace);
        }
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
