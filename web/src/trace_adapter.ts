// THE INTEGRATION POINT between the core's cancellation trace (issue #7, `Run.traceJson()`) and the
// timeline (timeline/model.ts, drawn by timeline/view.ts).
//
// Today the trace's JSON format is not defined yet (it will be documented in docs/trace-format.md),
// so this adapter derives nothing: it never invents tasks or events, and the page shows the message
// it returns instead of a timeline. To hook the real trace up:
//
//   1. set TRACE_SUPPORTED to true, so the worker asks the core to record the trace
//      (RunOptions.trace) and sends its JSON back with the run's exit;
//   2. implement adaptTrace(): parse the JSON and fill a TimelineModel —
//        tasks     one per traced task, in creation order (lane order): id, name ("Task-2"), coroutine
//                  ("cancel_me()"), creation line, parent task, outcome (done/cancelled/failed/pending);
//        spans     per task, contiguous and non-overlapping, from "step started" to "step ended"
//                  (state "running") and from "suspended on X" to the next step ("waiting", label
//                  "waiting on X"); "cancelling" from a cancel() request until the task finishes or
//                  uncancels;
//        events    cancel requested, CancelledError delivered / caught / swallowed, shield, timeout,
//                  uncancel, output written (detail: the text), finished (done/cancelled/failed),
//                  diagnostics — each with seq, virtual time, task, source line and a one-line label;
//                  a CancelledError's `provenance` is the trace's chain in plain words, e.g.
//                  ["main() got CancelledError at line 17", "because Task-2 (cancel_me) was cancelled
//                  by main() at line 13"];
//        arrows    "cancel" from the requesting task to the target (seq/time of the cancel() call,
//                  toSeq/toTime of the delivery, label "cancel() at line 13"), "await" from an
//                  awaiting task to the task it awaits;
//   3. remove the "no trace" branch below, and add tests in tests/web/ with real traces from
//      `loopscope run FILE.py --trace trace.json`; tests/e2e/playground.test.js's first test, which
//      today checks that the pane says there is no trace, should then check a lane per task.
// The view's own behaviour (lanes, axis modes, hover, provenance, scrubber, 100k events) is tested on
// synthetic runs in tests/e2e/timeline.test.js and tests/web/timeline_model.test.js.
// Nothing else in the page needs to change: main.ts hands whatever this returns to the view.
import type { TimelineModel } from "./timeline/model";

/** Whether the page asks the core for a trace. False until adaptTrace() can read one. */
export const TRACE_SUPPORTED = false;

export interface AdaptedTrace {
  model: TimelineModel | null; // null: nothing to draw, show `message` instead
  message: string;
}

/** Turns the core's trace JSON ("" when none was recorded) into the timeline's model. */
export function adaptTrace(traceJson: string): AdaptedTrace {
  if (!TRACE_SUPPORTED || traceJson === "") {
    return {
      model: null,
      message:
        "No timeline yet: LoopScope's trace recorder (issue #7) is still being built. " +
        "When it lands, this pane shows a lane per task, its awaits, and an arrow for every cancellation.",
    };
  }
  return {
    model: null,
    message: `The core recorded a trace (${traceJson.length.toLocaleString("en")} bytes) that this page cannot draw yet.`,
  };
}
