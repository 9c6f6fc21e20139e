// Synthetic runs for testing the timeline component (never shipped in the page): a deterministic
// generator of a TimelineModel with `tasks` lanes and about `events` events, shaped like a real run —
// tasks created by a parent, alternating running / waiting spans, output, cancel() calls with arrows
// to their targets, CancelledErrors with a provenance chain, and a finish per task. Virtual time only
// grows with seq; with `timeZero` every event happens at time 0 (the "by step" case).
import type { TimelineArrow, TimelineEvent, TimelineModel, TimelineSpan, TimelineTask } from "../../web/src/timeline/model";

export interface SyntheticOptions {
  tasks: number;
  events: number;
  seed?: number;
  timeZero?: boolean;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export function syntheticRun(options: SyntheticOptions): TimelineModel {
  const rand = random(options.seed ?? 7);
  const taskCount = Math.max(1, options.tasks);
  const tasks: TimelineTask[] = [];
  const spans: TimelineSpan[] = [];
  const events: TimelineEvent[] = [];
  const arrows: TimelineArrow[] = [];
  let seq = 0;
  let time = 0;
  const tick = () => {
    seq += 1;
    if (!options.timeZero && rand() < 0.3) time = Math.round((time + rand() * 0.01) * 1e6) / 1e6;
    return { seq, time };
  };

  // Per task: where its current span began, and its state.
  const open: { state: "running" | "waiting"; seq: number; time: number; line: number }[] = [];
  const finished: boolean[] = [];
  for (let id = 1; id <= taskCount; id++) {
    tasks.push({ id, name: `Task-${id}`, coro: `worker_${id % 7}()`, createdLine: 10 + (id % 40), parent: id > 1 ? 1 : undefined, outcome: "done" });
    const at = tick();
    events.push({ ...at, task: id, kind: "created", line: 10 + (id % 40), label: `created by Task-1 at line ${10 + (id % 40)}` });
    open.push({ state: "waiting", seq: at.seq, time: at.time, line: 10 + (id % 40) });
    finished.push(false);
  }
  const close = (index: number, at: { seq: number; time: number }, label: string) => {
    const span = open[index];
    if (at.seq > span.seq) {
      spans.push({ task: index + 1, state: span.state, startSeq: span.seq, endSeq: at.seq, startTime: span.time, endTime: at.time, line: span.line, label });
    }
  };

  const budget = Math.max(options.events, taskCount * 3);
  while (events.length < budget - taskCount) {
    const index = Math.floor(rand() * taskCount);
    if (finished[index]) continue;
    const id = index + 1;
    const at = tick();
    const line = 20 + Math.floor(rand() * 60);
    const roll = rand();
    if (roll < 0.55) {
      // switch running <-> waiting
      const next = open[index].state === "running" ? "waiting" : "running";
      close(index, at, open[index].state === "running" ? `running ${tasks[index].coro}` : `waiting on Task-${1 + ((id + 1) % taskCount)}`);
      open[index] = { state: next, seq: at.seq, time: at.time, line };
    } else if (roll < 0.85) {
      events.push({ ...at, task: id, kind: "output", line, label: "printed a line", detail: `line ${at.seq} from ${tasks[index].name}` });
    } else if (roll < 0.95 && taskCount > 1) {
      const target = 1 + ((index + 1 + Math.floor(rand() * (taskCount - 1))) % taskCount);
      events.push({ ...at, task: id, kind: "cancel-requested", line, label: `cancel() of Task-${target} at line ${line}` });
      const delivered = tick();
      arrows.push({ kind: "cancel", from: id, to: target, seq: at.seq, time: at.time, toSeq: delivered.seq, toTime: delivered.time, line, label: `cancel() at line ${line}` });
      events.push({
        ...delivered,
        task: target,
        kind: "cancelled-error",
        line: line + 1,
        label: `CancelledError at line ${line + 1}`,
        provenance: [
          `Task-${target} got CancelledError at line ${line + 1}`,
          `because Task-${id} (${tasks[index].coro}) cancelled it at line ${line}`,
        ],
      });
    } else {
      events.push({ ...at, task: id, kind: rand() < 0.5 ? "caught" : "swallowed", line, label: "caught CancelledError" });
    }
  }
  for (let index = 0; index < taskCount; index++) {
    const at = tick();
    close(index, at, open[index].state === "running" ? `running ${tasks[index].coro}` : "waiting");
    const outcome = index % 5 === 3 ? "cancelled" : index % 11 === 5 ? "failed" : "done";
    tasks[index].outcome = outcome;
    events.push({ ...at, task: index + 1, kind: outcome, line: 90, label: outcome === "done" ? "returned" : outcome });
  }
  return { tasks, spans, events, arrows };
}
