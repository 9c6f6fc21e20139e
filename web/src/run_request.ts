// The run requests the page makes, shared by boot.ts (which asks for the first run before main.js has
// loaded) and main.ts, so both ask for exactly the same run.
import type { RunRequest } from "./protocol";
import { TRACE_EVENT_LIMIT, TRACE_SUPPORTED } from "./trace_adapter";

export const FILENAME = "main.py";
export const MAX_STEPS = 50_000_000; // the step budget: ends runaway programs with the core's message
export const PROGRAM_KEY = "loopscope.program"; // localStorage: the program in the editor

/** A run of `source` as the page asks for it (without the run's type and id). */
export function runOptions(source: string): Omit<RunRequest, "type" | "id"> {
  return {
    filename: FILENAME,
    source,
    argv: [],
    maxSteps: MAX_STEPS,
    trace: TRACE_SUPPORTED,
    traceEventLimit: TRACE_EVENT_LIMIT,
  };
}

export function runRequest(id: number, source: string): RunRequest {
  return { type: "run", id, ...runOptions(source) };
}

export function loadStoredProgram(): string | null {
  try {
    return localStorage.getItem(PROGRAM_KEY);
  } catch {
    return null;
  }
}
