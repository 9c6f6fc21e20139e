// The playground page: the editor, the worker that runs programs, the output pane, the timeline,
// share links, Export of the last run's trace, the examples menu, themes and resizable panes. Nothing the program writes or a link
// carries is ever parsed as HTML (the page's CSP forbids inline scripts; this code only sets text).
import type { Editor } from "./editor"; // the editor itself (CodeMirror) is loaded later: loadEditor()
import { downloadText, PERFETTO_FILENAME, TRACE_FILENAME } from "./export";
import { DEFAULT_EXAMPLE_ID, EXAMPLES, type Example, exampleById } from "./examples";
import { makeSplitter } from "./layout";
import { OutputPane } from "./output";
import { type RunHandlers, Runner, type RunnerState } from "./runner";
import { decodeScenario, encodeScenario, isShareFragment, type Scenario, ShareError } from "./share";
import { ThemeSwitch } from "./theme";
import { TimelineView } from "./timeline/view";
import { FILENAME, loadStoredProgram, MAX_STEPS, PROGRAM_KEY, runOptions } from "./run_request";
import { adaptTrace, gutterMarks, type TraceDiagnostic } from "./trace_adapter";
import { type ErrorMark, findErrors } from "./traceback";
import { formatCount } from "./format";

performance.mark("loopscope:script"); // bench/web: when the page's script started

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

const ui = {
  version: element<HTMLSpanElement>("core-version"),
  examples: element<HTMLSelectElement>("examples"),
  run: element<HTMLButtonElement>("run"),
  stop: element<HTMLButtonElement>("stop"),
  share: element<HTMLButtonElement>("share"),
  theme: element<HTMLButtonElement>("theme"),
  status: element<HTMLSpanElement>("status"),
  notice: element<HTMLDivElement>("notice"),
  exampleNote: element<HTMLParagraphElement>("example-note"),
  workspace: element<HTMLElement>("workspace"),
  side: element<HTMLElement>("side"),
  editor: element<HTMLDivElement>("editor"),
  output: element<HTMLDivElement>("output"),
  timeline: element<HTMLDivElement>("timeline"),
  diagnostics: element<HTMLUListElement>("diagnostics"),
  diagnosticsCount: element<HTMLSpanElement>("diagnostics-count"),
  exportTrace: element<HTMLButtonElement>("export-trace"),
  exportPerfetto: element<HTMLButtonElement>("export-perfetto"),
};

// ---- small helpers ----------------------------------------------------------------------------

let saveTimer = 0;
function saveProgram(source: string): void {
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(() => {
    try {
      localStorage.setItem(PROGRAM_KEY, source);
    } catch {
      // storage full or unavailable: the program lives on in the editor
    }
  }, 250);
}

function setStatus(state: string, text: string): void {
  ui.status.dataset.state = state;
  ui.status.textContent = text;
}

type NoticeKind = "info" | "error";

function showNotice(kind: NoticeKind, text: string, extra?: HTMLElement): void {
  const message = document.createElement("span");
  message.className = "notice-text";
  message.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "notice-close";
  close.textContent = "×";
  close.setAttribute("aria-label", "Dismiss this message");
  close.addEventListener("click", () => hideNotice());
  ui.notice.replaceChildren(message, ...(extra ? [extra] : []), close);
  ui.notice.dataset.kind = kind;
  ui.notice.setAttribute("role", kind === "error" ? "alert" : "status");
  ui.notice.hidden = false;
}

function hideNotice(): void {
  ui.notice.hidden = true;
  ui.notice.replaceChildren();
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(2)} s`;
}

// ---- theme, layout -------------------------------------------------------------------------------

const theme = new ThemeSwitch(ui.theme);

// ---- the pieces --------------------------------------------------------------------------------

let finishedRuns = 0; // body[data-runs]: how many runs have finished (tests and benchmarks wait on it)
let firstResultMarked = false;
// Created in start(), once the link (if any) is read; until then a plain copy of the program's text
// stands in for it, and the first run's results (output, timeline) show without waiting for it.
let editor: Editor | undefined;
let pendingMarks: readonly ErrorMark[] = []; // the gutter marks of a run that ended before the editor
let lastHash = location.hash;

const output = new OutputPane({
  element: ui.output,
  filename: FILENAME,
  onLineLink: (line) => editor?.goToLine(line),
});

const timeline = new TimelineView(ui.timeline, {
  onSelect: (event) => {
    if (event.line) editor?.goToLine(event.line, false);
  },
});
theme.onChange(() => timeline.refreshColors());

// The trace's diagnostics (a swallowed cancellation, a lost result, an exception never retrieved, …):
// a list above the timeline; clicking one selects it in the timeline and moves the editor to its line.
function showDiagnostics(diagnostics: readonly TraceDiagnostic[]): void {
  ui.diagnostics.replaceChildren(
    ...diagnostics.map((diagnostic) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "diag";
      button.dataset.kind = diagnostic.kind;
      if (diagnostic.line) button.dataset.line = String(diagnostic.line);
      const icon = document.createElement("span");
      icon.className = "diag-icon";
      icon.textContent = "▲";
      icon.setAttribute("aria-hidden", "true");
      const title = document.createElement("span");
      title.className = "diag-title";
      title.textContent = diagnostic.title;
      const where = document.createElement("span");
      where.className = "diag-where";
      where.textContent = [diagnostic.line ? `line ${diagnostic.line}` : "", diagnostic.taskName ?? ""].filter(Boolean).join(" · ");
      const message = document.createElement("span");
      message.className = "diag-message";
      message.textContent = diagnostic.message;
      button.append(icon, title, where, message);
      button.title = diagnostic.line ? `Go to line ${diagnostic.line}` : diagnostic.message;
      button.addEventListener("click", () => {
        timeline.selectSeq(diagnostic.seq, diagnostic.task);
        if (diagnostic.line) editor?.goToLine(diagnostic.line);
      });
      item.append(button);
      return item;
    }),
  );
  ui.diagnostics.hidden = diagnostics.length === 0;
  ui.diagnosticsCount.hidden = diagnostics.length === 0;
  ui.diagnosticsCount.textContent =
    diagnostics.length === 1 ? "1 problem found" : `${diagnostics.length} problems found`;
}


// ---- export ---------------------------------------------------------------------------------------
// The last finished run's trace, downloaded as a file: LoopScope's JSON came with the run's exit; the
// Perfetto JSON is made by the worker when asked (it keeps the last run), so runs don't pay for it.

let lastTrace: { id: number; json: string } | null = null; // the last run that finished, with a trace
let perfettoBusy = false;

function setLastTrace(trace: { id: number; json: string } | null): void {
  lastTrace = trace;
  ui.exportTrace.disabled = !trace;
  ui.exportPerfetto.disabled = !trace;
}

function exportTrace(): void {
  if (lastTrace) downloadText(TRACE_FILENAME, lastTrace.json);
}

async function exportPerfetto(): Promise<void> {
  const trace = lastTrace;
  if (!trace || perfettoBusy) return;
  // Busy rather than disabled, so the button keeps the keyboard focus.
  perfettoBusy = true;
  ui.exportPerfetto.setAttribute("aria-busy", "true");
  try {
    const json = await theRunner.perfetto(trace.id);
    if (!json) throw new Error("the run recorded no trace");
    if (lastTrace === trace) downloadText(PERFETTO_FILENAME, json);
  } catch (error) {
    if (lastTrace === trace) {
      showNotice("error", `Cannot export the Perfetto JSON: ${error instanceof Error ? error.message : String(error)}.`);
    }
  } finally {
    perfettoBusy = false;
    ui.exportPerfetto.removeAttribute("aria-busy");
  }
}

// The worker boot.js started, with the first run it asked for (falling back to starting one here if
// boot.js did not run).
let runner: Runner | undefined;
runner = new Runner("worker.js", (state: RunnerState) => {
  switch (state.kind) {
    case "loading":
      if (!runner?.running) setStatus("loading", "Starting the interpreter…");
      break;
    case "ready":
      // bench/web: when the module was ready in the worker (the page may hear of it later).
      if (!performance.getEntriesByName("loopscope:ready").length) {
        const at = state.at === undefined ? performance.now() : state.at - performance.timeOrigin;
        performance.mark("loopscope:ready", { startTime: Math.max(0, at) });
      }
      ui.version.textContent = state.version;
      ui.version.dataset.state = "ready";
      if (!runner?.running && ui.status.dataset.state === "loading") setStatus("ready", "Ready");
      break;
    case "broken":
      ui.version.dataset.state = "error";
      setStatus("error", `The interpreter failed to start: ${state.message}`);
      break;
  }
}, window.loopscopeBoot);
const theRunner = runner;

function setRunning(running: boolean): void {
  ui.stop.disabled = !running;
  document.body.classList.toggle("running", running);
}

// Runs the program in the editor; `adopt` takes over the run boot.js already started for it instead.
// Called when a run ends (exit or failure): start() waits on it before building the editor.
let runEnded: () => void = () => {};

function setErrors(marks: readonly ErrorMark[]): void {
  if (editor) editor.setErrors(marks);
  else pendingMarks = marks;
}

// body[data-runs]: tests and benchmarks wait on it, and expect the editor (with its marks) to be up.
function countRuns(): void {
  if (editor) document.body.dataset.runs = String(finishedRuns);
}

function run(adopt = false): void {
  output.clear();
  setErrors([]);
  showDiagnostics([]);
  setLastTrace(null);
  timeline.setModel(null, "Running…");
  const started = adopt ? window.loopscopeBoot!.firstRun!.started : performance.now();
  const handlers: RunHandlers = {
    output: (stream, text) => output.append(stream, text),
    exit: (code, elapsedMs, trace, id) => {
      if (!firstResultMarked) performance.mark("loopscope:exit-received"); // bench/web
      setRunning(false);
      output.end();
      const stderr = output.text("stderr");
      const adapted = adaptTrace(trace);
      const budget = stderr.includes("(the step budget)");
      const took = `${formatMs(elapsedMs)} in the worker, ${formatMs(performance.now() - started)} in all`;
      if (budget) setStatus("budget", `Stopped by the step budget (${formatCount(MAX_STEPS)} steps) · ${took}`);
      else if (code === 0) setStatus("done", `Finished · exit code 0 · ${took}`);
      else setStatus("failed", `Finished · exit code ${code} · ${took}`);
      if (!firstResultMarked) performance.mark("loopscope:trace-adapted"); // bench/web
      setErrors(gutterMarks(findErrors(stderr, FILENAME), adapted.diagnostics));
      timeline.setModel(adapted.model, adapted.message);
      if (!firstResultMarked) performance.mark("loopscope:timeline-set"); // bench/web
      showDiagnostics(adapted.diagnostics);
      setLastTrace(trace ? { id, json: trace } : null);
      finishedRuns++;
      countRuns();
      runEnded();
      // For bench/web: when the first result was on screen, and each run's time in the worker.
      if (!firstResultMarked) {
        firstResultMarked = true;
        performance.mark("loopscope:first-result");
      }
      performance.mark("loopscope:run-finished", { detail: { code, elapsedMs } });
    },
    failed: (message) => {
      setRunning(false);
      runEnded();
      output.note(`The interpreter failed: ${message}`, "error");
      setStatus("error", "The interpreter failed; press Run to try again");
      timeline.setModel(null, "");
    },
  };
  if (adopt) {
    // Before adopting: the run may be over already, and adopt() then replays its exit at once.
    setRunning(true);
    setStatus("running", "Running…");
    theRunner.adopt(handlers);
  } else {
    theRunner.run(runOptions(editor!.source()), handlers);
    // After run(): replacing a run restarts the worker, which reports "loading" on the way.
    setRunning(true);
    setStatus("running", "Running…");
  }
}

function stop(): void {
  if (!theRunner.stop()) return;
  setRunning(false);
  output.note("Stopped.", "info");
  setStatus("stopped", "Stopped by you");
  timeline.setModel(null, "The run was stopped before it finished.");
}

// ---- program source: link, storage, default --------------------------------------------------------

function describeExample(example: Example | null): void {
  if (!example) {
    ui.exampleNote.hidden = true;
    ui.exampleNote.textContent = "";
    return;
  }
  ui.exampleNote.replaceChildren();
  const strong = document.createElement("strong");
  strong.textContent = `${example.title}: `;
  ui.exampleNote.append(strong, document.createTextNode(example.look));
  ui.exampleNote.hidden = false;
}

async function scenarioFromLink(hash: string): Promise<Scenario | null> {
  if (!isShareFragment(hash)) return null;
  try {
    return await decodeScenario(hash);
  } catch (error) {
    const reason = error instanceof ShareError ? error.message : "it could not be read";
    showNotice("error", `This link could not be opened: ${reason}. The editor shows your last program instead.`);
    return null;
  }
}

// ---- examples menu ---------------------------------------------------------------------------------

function fillExamplesMenu(): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const example of EXAMPLES) {
    let group = groups.get(example.group);
    if (!group) {
      group = document.createElement("optgroup");
      group.label = example.group;
      groups.set(example.group, group);
      ui.examples.append(group);
    }
    const option = document.createElement("option");
    option.value = example.id;
    option.textContent = example.title;
    group.append(option);
  }
  ui.examples.addEventListener("change", () => {
    const example = exampleById(ui.examples.value);
    if (!example) return;
    editor!.setSource(example.source);
    saveProgram(example.source);
    describeExample(example);
    hideNotice();
    run();
  });
}

// ---- share -------------------------------------------------------------------------------------------

async function share(): Promise<void> {
  let fragment: string;
  try {
    fragment = await encodeScenario({ source: editor!.source(), injections: [] });
  } catch (error) {
    showNotice("error", error instanceof ShareError ? `Cannot share: ${error.message}.` : "Cannot share this program.");
    return;
  }
  history.replaceState(null, "", fragment);
  lastHash = location.hash;
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
    showNotice("info", "Link copied: it holds the whole program, so whoever opens it sees and runs this.");
  } catch {
    // No clipboard permission (or an insecure origin): offer the link to copy by hand.
    const field = document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.className = "notice-link";
    field.value = url;
    field.setAttribute("aria-label", "Link to this program");
    showNotice("info", "Copy this link (it holds the whole program):", field);
    field.focus();
    field.select();
  }
}

window.addEventListener("hashchange", async () => {
  if (!editor || location.hash === lastHash) return;
  lastHash = location.hash;
  if (!isShareFragment(location.hash)) return;
  const scenario = await scenarioFromLink(location.hash);
  if (!scenario) return;
  hideNotice();
  editor.setSource(scenario.source);
  describeExample(null);
  ui.examples.value = "";
  run();
});

// ---- controls ------------------------------------------------------------------------------------------

ui.run.addEventListener("click", () => run());
ui.stop.addEventListener("click", stop);
ui.share.addEventListener("click", () => void share());
ui.exportTrace.addEventListener("click", exportTrace);
ui.exportPerfetto.addEventListener("click", () => void exportPerfetto());
document.addEventListener("keydown", (event) => {
  if (editor && (event.ctrlKey || event.metaKey) && event.key === "Enter" && !editor.view.hasFocus) {
    event.preventDefault();
    run();
  }
});

makeSplitter({
  element: element("split-main"),
  container: ui.workspace,
  property: "--editor-width",
  orientation: "vertical",
  initial: 50,
  min: 20,
  max: 80,
  storageKey: "loopscope.split.main",
});
makeSplitter({
  element: element("split-side"),
  container: ui.side,
  property: "--output-height",
  orientation: "horizontal",
  initial: 58,
  min: 15,
  max: 85,
  storageKey: "loopscope.split.side",
});

// ---- the editor's code ---------------------------------------------------------------------------------
// editor.js (CodeMirror and editor.ts, ~130 KB gzip, most of the page's script) is a module of its own,
// asked for only when the page builds the editor: after the first run's results are on screen (or at
// once without a first run, or as soon as the user touches the page), so the first load does not carry
// it and its download does not compete with the WebAssembly module's.

let editorCode: Promise<typeof import("./editor")> | undefined;
// Why it was asked for (the mark's detail, for tests and bench/web): "first-result", "touched" (the user
// clicked, pressed a key or moved the focus), "patience" (the first run goes on), "no-first-run".
type EditorCause = "first-result" | "touched" | "patience" | "no-first-run";
function loadEditor(cause: EditorCause): Promise<typeof import("./editor")> {
  if (!editorCode) {
    performance.mark("loopscope:editor-load", { detail: cause }); // when editor.js was asked for
    editorCode = import("./editor");
  }
  return editorCode;
}

// Where in the program's text a click on the stand-in landed (a character offset), so the editor opens
// with its cursor there.
function offsetAt(standIn: HTMLElement, x: number, y: number): number | undefined {
  let node: Node | null | undefined;
  let offset = 0;
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    node = position?.offsetNode;
    offset = position?.offset ?? 0;
  } else if (document.caretRangeFromPoint) {
    const range = document.caretRangeFromPoint(x, y);
    node = range?.startContainer;
    offset = range?.startOffset ?? 0;
  }
  // The stand-in holds one text node: the program's text.
  return node && node === standIn.firstChild ? offset : undefined;
}

// ---- start -------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  const fromLink = await scenarioFromLink(location.hash);
  const stored = loadStoredProgram();
  const defaultExample = exampleById(DEFAULT_EXAMPLE_ID)!;
  const initialSource = fromLink?.source ?? stored ?? defaultExample.source;
  if (!fromLink && stored === null) describeExample(defaultExample);

  // The program's text at once, standing in for the editor until it is built (one long task,
  // ~60-100 ms cold, more on a busy machine); and the run boot.js asked for, if it is this program, is
  // taken over now, so its output and timeline show as soon as it ends, editor or not.
  // Read-only: the editor's code is asked for at the first touch of the page (a click, a key, the focus
  // moving), and the editor then takes the stand-in's place with the cursor where it was clicked.
  const standIn = document.createElement("pre");
  standIn.className = "editor-stand-in";
  standIn.tabIndex = 0;
  standIn.setAttribute("aria-label", "Python program (the editor is loading)");
  standIn.textContent = initialSource;
  ui.editor.append(standIn);
  let touched: () => void = () => {};
  const userTouched = new Promise<EditorCause>((resolve) => (touched = () => resolve("touched")));
  let clickedAt: number | undefined;
  const onTouch = (event: Event): void => {
    if (event.type === "pointerdown" && event.target === standIn) {
      const pointer = event as PointerEvent;
      clickedAt = offsetAt(standIn, pointer.clientX, pointer.clientY) ?? clickedAt;
    }
    touched();
    void loadEditor("touched").catch(() => undefined); // at once (failures are reported below)
  };
  const touchEvents = ["pointerdown", "keydown", "focusin"] as const;
  for (const type of touchEvents) document.addEventListener(type, onTouch, { capture: true });
  const adopt = theRunner.unclaimedSource === initialSource;
  let cause: EditorCause = adopt ? "first-result" : "no-first-run";
  if (adopt) {
    const ended = new Promise<void>((resolve) => (runEnded = resolve));
    run(true);
    // The first results before the editor: while that run goes on (it usually ends within ~100-200
    // ms of this), the page's thread stays free to show its output and timeline as they come; the
    // editor's code is asked for then (not before: its download would compete with the module's),
    // at the user's first touch, or after 2 s if the run goes on.
    if (theRunner.running) {
      cause = await Promise.race([
        ended.then(() => "first-result" as const),
        userTouched,
        new Promise<EditorCause>((resolve) => setTimeout(() => resolve("patience"), 2000)),
      ]);
    }
    runEnded = () => {};
  }
  let createEditor: (typeof import("./editor"))["createEditor"];
  try {
    ({ createEditor } = await loadEditor(cause));
  } catch (error) {
    throw new Error(`the editor could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page`);
  }
  // Let what is waiting (the worker's messages, a first paint) go before the long task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  performance.mark("loopscope:editor-start");
  const hadFocus = document.activeElement === standIn;
  const scrollTop = standIn.scrollTop;
  const built = createEditor({
    parent: ui.editor,
    doc: initialSource,
    dark: theme.current === "dark",
    onRun: () => run(),
    onChange: (source) => {
      saveProgram(source);
      ui.examples.value = "";
      // The link in the address bar no longer describes the program: drop it, so a reload shows
      // the edited program (kept in localStorage) rather than the link's.
      if (isShareFragment(location.hash)) {
        history.replaceState(null, "", location.pathname + location.search);
        lastHash = location.hash;
      }
    },
  });
  editor = built;
  standIn.remove();
  for (const type of touchEvents) document.removeEventListener(type, onTouch, { capture: true });
  built.view.scrollDOM.scrollTop = scrollTop;
  if (hadFocus || clickedAt !== undefined) {
    if (clickedAt !== undefined) built.view.dispatch({ selection: { anchor: Math.min(clickedAt, built.view.state.doc.length) } });
    built.focus();
  }
  built.setErrors(pendingMarks);
  pendingMarks = [];
  performance.mark("loopscope:editor-created");
  theme.onChange((t) => built.setDark(t === "dark"));
  fillExamplesMenu();
  ui.run.disabled = false;
  ui.share.disabled = false;
  ui.examples.disabled = false;
  countRuns();
  // Without boot.js's run (a share link, or another program), the program on screen runs now.
  if (!adopt) run();
}

start().catch((error) => {
  setStatus("error", `The page failed to start: ${error instanceof Error ? error.message : String(error)}`);
});
