// A test page for the timeline component (tests/e2e/timeline.test.js builds it; it is never part of
// the shipped playground): a TimelineView filling the window, fed with a synthetic run chosen by the
// URL's query (?tasks=30&events=100000&timeZero=1), exposed as window.harness for the test to drive.
import { TimelineView } from "../../web/src/timeline/view";
import type { TimelineEvent } from "../../web/src/timeline/model";
import { syntheticRun } from "./synthetic";

const params = new URLSearchParams(location.search);
const model = syntheticRun({
  tasks: Number(params.get("tasks") ?? 30),
  events: Number(params.get("events") ?? 100000),
  timeZero: params.get("timeZero") === "1",
});
const selections: TimelineEvent[] = [];
const host = document.getElementById("timeline")!;
document.getElementById("timeline-pane")!.style.flex = "1"; // fill the window (the page's CSP allows CSSOM)
const view = new TimelineView(host, { onSelect: (event) => selections.push(event) });
view.setModel(model);

(window as unknown as { harness: unknown }).harness = { view, model, selections };
document.body.dataset.ready = "1";
