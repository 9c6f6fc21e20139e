// The output pane: what the program writes, in order, stdout and stderr told apart (class and a
// marker for screen readers is the stream's own span), with references to lines of the user's file
// (`File "main.py", line 7`, `main.py:12`) turned into links that move the editor there. Text only:
// every piece of output becomes a Text node or an element's textContent, never markup.
//
// Output arrives in chunks that may cut a line in two, so the last, unfinished line of a stream is
// rendered provisionally and re-rendered when the rest of it arrives (if nothing else was written in
// between). Very large outputs are cut at MAX_CHARS with a note, to keep the page responsive.
import type { Stream } from "./protocol";
import { findLineRefs } from "./traceback";

export const MAX_CHARS = 2_000_000; // shown
const KEEP_CHARS = 1_000_000; // kept per stream for text()

export interface OutputPaneOptions {
  element: HTMLElement;
  filename: string;
  onLineLink: (line: number) => void;
}

export class OutputPane {
  private chars = 0;
  private dropped = 0;
  private provisional: { stream: Stream; text: string; node: HTMLElement } | null = null;
  private readonly texts: Record<Stream, string[]> = { stdout: [], stderr: [] };
  private readonly kept: Record<Stream, number> = { stdout: 0, stderr: 0 };
  private truncationNote: HTMLElement | null = null;

  constructor(private readonly options: OutputPaneOptions) {
    options.element.addEventListener("click", (event) => {
      const link = (event.target as HTMLElement).closest<HTMLElement>("[data-line]");
      if (link) {
        event.preventDefault();
        options.onLineLink(Number(link.dataset.line));
      }
    });
  }

  clear(): void {
    this.options.element.replaceChildren();
    this.chars = 0;
    this.dropped = 0;
    this.provisional = null;
    this.truncationNote = null;
    this.texts.stdout = [];
    this.texts.stderr = [];
    this.kept.stdout = 0;
    this.kept.stderr = 0;
  }

  /** The stream's last KEEP_CHARS characters (past the display limit too): where tracebacks are. */
  text(stream: Stream): string {
    const joined = this.texts[stream].join("").slice(-KEEP_CHARS);
    this.texts[stream] = [joined];
    this.kept[stream] = joined.length;
    return joined;
  }

  append(stream: Stream, text: string): void {
    if (!text) return;
    this.texts[stream].push(text);
    this.kept[stream] += text.length;
    if (this.kept[stream] > 2 * KEEP_CHARS) this.text(stream);
    if (this.chars >= MAX_CHARS) {
      this.dropped += text.length;
      this.updateTruncationNote();
      return;
    }
    if (this.chars + text.length > MAX_CHARS) {
      this.dropped += this.chars + text.length - MAX_CHARS;
      text = text.slice(0, MAX_CHARS - this.chars);
    }
    this.chars += text.length;

    const element = this.options.element;
    const stick = element.scrollTop + element.clientHeight >= element.scrollHeight - 4;
    let pending = text;
    if (this.provisional && this.provisional.stream === stream && this.provisional.node === element.lastChild) {
      pending = this.provisional.text + text;
      this.provisional.node.remove();
    }
    this.provisional = null;
    const cut = pending.lastIndexOf("\n") + 1;
    if (cut > 0) element.append(this.render(stream, pending.slice(0, cut)));
    if (cut < pending.length) {
      const rest = pending.slice(cut);
      const node = this.render(stream, rest);
      element.append(node);
      this.provisional = { stream, text: rest, node };
    }
    if (this.dropped) this.updateTruncationNote();
    if (stick) element.scrollTop = element.scrollHeight;
  }

  /** A line of the page's own (not the program's): the run's end, a stop, the step budget. */
  note(text: string, kind: "info" | "error" = "info"): void {
    const p = document.createElement("span");
    p.className = `output-note output-note-${kind}`;
    p.textContent = text;
    const element = this.options.element;
    const last = element.lastChild?.textContent ?? "";
    if (last && !last.endsWith("\n")) element.append(document.createTextNode("\n"));
    element.append(p);
    this.provisional = null;
    element.scrollTop = element.scrollHeight;
  }

  private render(stream: Stream, text: string): HTMLElement {
    const span = document.createElement("span");
    span.className = `out-${stream}`;
    span.dataset.stream = stream;
    let at = 0;
    for (const ref of findLineRefs(text, this.options.filename)) {
      if (ref.start > at) span.append(document.createTextNode(text.slice(at, ref.start)));
      const link = document.createElement("a");
      link.className = "line-link";
      link.dataset.line = String(ref.line);
      link.href = "#"; // focusable and announced as a link; the click handler prevents navigation
      link.title = `Show line ${ref.line} in the editor`;
      link.textContent = text.slice(ref.start, ref.end);
      span.append(link);
      at = ref.end;
    }
    if (at < text.length) span.append(document.createTextNode(text.slice(at)));
    return span;
  }

  private updateTruncationNote(): void {
    if (!this.truncationNote) {
      this.truncationNote = document.createElement("span");
      this.truncationNote.className = "output-note output-note-error";
    }
    this.truncationNote.textContent = `\n[output cut here: ${this.dropped.toLocaleString("en")} more characters not shown]\n`;
    this.options.element.append(this.truncationNote); // (re)moves it to the end
    this.provisional = null;
  }
}
