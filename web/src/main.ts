// The page: starts the worker, shows the core's version, runs the program in the textarea and shows
// its output. Output is always set as text, never as HTML.
import type { PageMessage, WorkerMessage } from "./protocol";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

const version = element<HTMLSpanElement>("core-version");
const source = element<HTMLTextAreaElement>("source");
const runButton = element<HTMLButtonElement>("run");
const status = element<HTMLSpanElement>("status");
const output = { stdout: element<HTMLPreElement>("stdout"), stderr: element<HTMLPreElement>("stderr") };

const worker = new Worker("worker.js");

function setStatus(state: string, text: string): void {
  status.dataset.state = state;
  status.textContent = text;
}

worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  switch (message.type) {
    case "ready":
      version.textContent = message.version;
      version.dataset.state = "ready";
      runButton.disabled = false;
      break;
    case "output":
      output[message.stream].append(message.text);
      break;
    case "exit":
      setStatus("done", `exit code ${message.code}`);
      runButton.disabled = false;
      break;
    case "error":
      version.dataset.state = "error";
      setStatus("error", `error: ${message.message}`);
      break;
  }
};

worker.onerror = (event: ErrorEvent) => {
  version.dataset.state = "error";
  setStatus("error", `worker error: ${event.message}`);
};

runButton.addEventListener("click", () => {
  output.stdout.textContent = "";
  output.stderr.textContent = "";
  runButton.disabled = true;
  setStatus("running", "running…");
  const request: PageMessage = { type: "run", filename: "main.py", source: source.value, argv: [], maxSteps: 0 };
  worker.postMessage(request);
});
