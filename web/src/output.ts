// The output pane: what the program writes, in order, stdout and stderr told apart (each piece is
// an element of its stream's class), with references to lines of the user's file
// (`File "main.py", line 7`, `main.py:12`) turned into links that move the editor there. Text only:
// every piece of output becomes a Text node or an element's textContent, never markup.
//
// Rendering keeps up with any amount of output without freezing the page:
//  - chunks are queued and rendered together once per frame, with one scroll;
//  - each rendered piece holds whole lines and is its own block, so the browser lays out only the
//    new block, not everything written so far (one big block of text costs more with every line);
//  - the last, unfinished line of a stream is rendered provisionally and re-rendered when the rest
//    of it arrives (if nothing else was written in between);
//  - past MAX_CHARS the pane stops growing and says how much it left out; when the run ends, the
//    last TAIL_CHARS of stderr that were left out are shown after that note (the traceback or the
//    limit that ended the run is what a flood of output must not hide).
import type { Stream } from "./protocol";
import { findLineRefs } from "./traceback";
import { formatCount } from "./format";

export const MAX_CHARS = 1_000_000; // shown
const KEEP_CHARS = 1_000_000; // kept per stream for text()
const TAIL_CHARS = 20_000; // of stderr past MAX_CHARS, shown when the run ends

export interface OutputPaneOptions {
  element: HTMLElement;
  filename: string;
  onLineLink: (line: number) => void;
}

export class OutputPane {
  private chars = 0;
  private dropped = 0;
  private droppedStderr = ""; // its last TAIL_CHARS
  private provisional: { stream: Stream; text: string; node: HTMLElement } | null = null;
  private readonly texts: Record<Stream, string[]> = { stdout: [], stderr: [] };
  private readonly kept: Record<Stream, number> = { stdout: 0, stderr: 0 };
  private truncationNote: HTMLElement | null = null;
  private queue: { stream: Stream; text: string }[] = [];
  private scheduled = false;

  constructor(private readonly options: OutputPaneOptions) {
    // Enter on a focused link is a click too.
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
    this.droppedStderr = "";
    this.provisional = null;
    this.truncationNote = null;
    this.queue = [];
    for (const stream of ["stdout", "stderr"] as const) {
      this.texts[stream] = [];
      this.kept[stream] = 0;
    }
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
    const last = this.queue[this.queue.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.queue.push({ stream, text });
    if (!this.scheduled) {
      this.scheduled = true;
      // The next frame, or soon anyway when frames are not coming (a hidden tab).
      requestAnimationFrame(() => this.flush());
      setTimeout(() => this.flush(), 250);
    }
  }

  /** Renders what is queued now (the page calls it when a run ends). */
  flush(): void {
    this.scheduled = false;
    if (!this.queue.length) return;
    const queue = this.queue;
    this.queue = [];
    const element = this.options.element;
    const stick = element.scrollTop + element.clientHeight >= element.scrollHeight - 4;
    for (const { stream, text } of queue) this.render(stream, text);
    if (this.dropped) this.updateTruncationNote();
    if (stick) element.scrollTop = element.scrollHeight;
  }

  /** Renders what is queued, then the end of stderr if the pane had to leave it out (run ended). */
  end(): void {
    this.flush();
    if (!this.droppedStderr) return;
    let tail = this.droppedStderr;
    this.droppedStderr = "";
    if (tail.length >= TAIL_CHARS) tail = tail.slice(tail.indexOf("\n") + 1); // whole lines only
    const note = document.createElement("div");
    note.className = "output-note output-note-info";
    note.textContent = "[the end of stderr:]";
    const element = this.options.element;
    element.append(note, this.piece("stderr", tail));
    this.provisional = null;
    element.scrollTop = element.scrollHeight;
  }

  /** A line of the page's own (not the program's): a stop, a failure. */
  note(text: string, kind: "info" | "error" = "info"): void {
    this.flush();
    const p = document.createElement("div");
    p.className = `output-note output-note-${kind}`;
    p.textContent = text;
    const element = this.options.element;
    element.append(p);
    this.provisional = null;
    element.scrollTop = element.scrollHeight;
  }

  private render(stream: Stream, text: string): void {
    const room = Math.max(0, MAX_CHARS - this.chars);
    if (text.length > room) {
      this.dropped += text.length - room;
      if (stream === "stderr") this.droppedStderr = (this.droppedStderr + text.slice(room)).slice(-TAIL_CHARS);
      if (!room) return;
      text = text.slice(0, room);
    }
    this.chars += text.length;
    const element = this.options.element;
    let pending = text;
    if (this.provisional && this.provisional.stream === stream && this.provisional.node === element.lastChild) {
      pending = this.provisional.text + text;
      this.provisional.node.remove();
    }
    this.provisional = null;
    const cut = pending.lastIndexOf("\n") + 1;
    if (cut > 0) element.append(this.piece(stream, pending.slice(0, cut)));
    if (cut < pending.length) {
      const rest = pending.slice(cut);
      const node = this.piece(stream, rest);
      element.append(node);
      this.provisional = { stream, text: rest, node };
    }
  }

  private piece(stream: Stream, text: string): HTMLElement {
    const block = document.createElement("div");
    block.className = `out out-${stream}`;
    block.dataset.stream = stream;
    let at = 0;
    for (const ref of findLineRefs(text, this.options.filename)) {
      if (ref.start > at) block.append(document.createTextNode(text.slice(at, ref.start)));
      const link = document.createElement("a");
      link.className = "line-link";
      link.dataset.line = String(ref.line);
      link.href = "#"; // focusable and announced as a link; the click handler prevents navigation
      link.title = `Show line ${ref.line} in the editor`;
      link.textContent = text.slice(ref.start, ref.end);
      block.append(link);
      at = ref.end;
    }
    if (at < text.length) block.append(document.createTextNode(text.slice(at)));
    return block;
  }

  private updateTruncationNote(): void {
    if (!this.truncationNote) {
      this.truncationNote = document.createElement("div");
      this.truncationNote.className = "output-note output-note-error";
    }
    this.truncationNote.textContent = `[output cut here: ${formatCount(this.dropped)} more characters not shown]`;
    this.options.element.append(this.truncationNote); // (re)moves it to the end
    this.provisional = null;
  }
}
