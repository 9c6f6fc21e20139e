// The Examples menu: short asyncio programs (web/src/examples/*.py) answering the questions people
// bring about cancellation (../shared/seed/asyncio-cancellation-questions.txt), plus TaskGroup,
// timeout and wait_for. Each has a one-line "what to look at". Their expected output under CPython
// 3.11 (virtual clock) is in tests/web/examples/, checked by tests/web/examples.test.js.
import ownVsChild from "./examples/own_vs_child.py";
import childCancelCallback from "./examples/child_cancel_callback.py";
import shield from "./examples/shield.py";
import reverseShield from "./examples/reverse_shield.py";
import cleanupPending from "./examples/cleanup_pending.py";
import lostData from "./examples/lost_data.py";
import ctrlCCleanup from "./examples/ctrl_c_cleanup.py";
import linkedTasks from "./examples/linked_tasks.py";
import producerConsumer from "./examples/producer_consumer.py";
import queuePutWakeup from "./examples/queue_put_wakeup.py";
import taskGroup from "./examples/taskgroup.py";
import timeout from "./examples/timeout.py";
import waitFor from "./examples/wait_for.py";
import swallowedCancel from "./examples/swallowed_cancel.py";
import neverRetrieved from "./examples/never_retrieved.py";

export interface Example {
  id: string; // also the file name: web/src/examples/ID.py
  title: string;
  group: "Who cancelled whom" | "Protecting work" | "Cleaning up" | "Tasks that depend on each other" | "Tools";
  look: string; // one line: what to look at in the output (and, once traces land, the timeline)
  source: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: "own_vs_child",
    title: "Was it me or the task I awaited?",
    group: "Who cancelled whom",
    look: "Both waiters get CancelledError at the same `await child`; only cancelling() tells whose cancellation it was.",
    source: ownVsChild,
  },
  {
    id: "child_cancel_callback",
    title: "Tell them apart with a done-callback",
    group: "Who cancelled whom",
    look: "The child's cancellation arrives as ChildCancelled, the parent's own as CancelledError, and beta outlives its parent.",
    source: childCancelCallback,
  },
  {
    id: "shield",
    title: "shield(): the job outlives its caller",
    group: "Protecting work",
    look: "The handler is cancelled at t=1 but the shielded save finishes at t=2; without shield the save dies with its handler.",
    source: shield,
  },
  {
    id: "reverse_shield",
    title: "Reverse shield: survive the callee's cancellation",
    group: "Protecting work",
    look: "fetch is cancelled, yet page is not: reverse_shield turns the child's CancelledError into FetchCancelled.",
    source: reverseShield,
  },
  {
    id: "lost_data",
    title: "Not losing data when cancelled",
    group: "Protecting work",
    look: "The result and the cancel arrive in the same iteration: naive loses 'data', careful keeps it by checking fut.done().",
    source: lostData,
  },
  {
    id: "cleanup_pending",
    title: "Cleaning up pending tasks",
    group: "Cleaning up",
    look: "After run_until_complete(main()) the heartbeat is still pending; cancelling and gathering it runs its finally block.",
    source: cleanupPending,
  },
  {
    id: "ctrl_c_cleanup",
    title: "Ctrl+C: closing connections on the way out",
    group: "Cleaning up",
    look: "On Ctrl+C asyncio.run cancels main, the gather cancels both brokers, and their finally blocks await close().",
    source: ctrlCCleanup,
  },
  {
    id: "swallowed_cancel",
    title: "A task that swallows its cancellation",
    group: "Cleaning up",
    look: "cancel() returns True, but the task catches CancelledError and finishes normally: cancelled() is False.",
    source: swallowedCancel,
  },
  {
    id: "linked_tasks",
    title: "Linked tasks: one dies, both die",
    group: "Tasks that depend on each other",
    look: "The uploader fails at t=3 and its done-callback cancels the keepalive, whose finally block runs.",
    source: linkedTasks,
  },
  {
    id: "producer_consumer",
    title: "Producer fails, consumer must not hang",
    group: "Tasks that depend on each other",
    look: "The consumer is parked in queue.get() when the producer raises; the watcher cancels it instead of letting it wait forever.",
    source: producerConsumer,
  },
  {
    id: "queue_put_wakeup",
    title: "Queue.put(): a cancelled putter wakes the next",
    group: "Tasks that depend on each other",
    look: "put-B is woken and cancelled in the same iteration; its cleanup passes the free slot to put-C, so `await put_c` returns.",
    source: queuePutWakeup,
  },
  {
    id: "never_retrieved",
    title: "An exception nobody awaited",
    group: "Tasks that depend on each other",
    look: "flush fails at t=1 but nobody awaits it: the error only surfaces as a log on stderr, marked at line 7.",
    source: neverRetrieved,
  },
  {
    id: "taskgroup",
    title: "TaskGroup: one fails, the siblings are cancelled",
    group: "Tools",
    look: "orders fails at t=2: users had finished, invoices is cancelled, and except* receives the ConnectionError.",
    source: taskGroup,
  },
  {
    id: "timeout",
    title: "asyncio.timeout(): cancellation becomes TimeoutError",
    group: "Tools",
    look: "slow_query sees a CancelledError at t=2; main sees TimeoutError, and its own cancelling() is back to 0.",
    source: timeout,
  },
  {
    id: "wait_for",
    title: "wait_for(): the inner task is cancelled on timeout",
    group: "Tools",
    look: "compute's finally runs at t=1 before main's TimeoutError; with shield() the task runs on and returns at t=6.",
    source: waitFor,
  },
];

export const DEFAULT_EXAMPLE_ID = "own_vs_child";
/** The default example's program, for boot.js (which must not carry the other examples). */
export const DEFAULT_EXAMPLE_SOURCE = ownVsChild;

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
