// Reading the program's output for places in the user's file: traceback frames (`File "main.py",
// line 7, in f`), syntax errors (`File "main.py", line 3` followed by the caret and `SyntaxError: …`),
// warnings (`main.py:12: RuntimeWarning: …`) and task reprs (`running at main.py:9`). Pure functions:
// the output pane turns references into links, the editor marks the errors in its gutter.

export interface LineRef {
  start: number; // offset of the reference in the text
  end: number;
  line: number; // 1-based line in the user's file
}

export interface ErrorMark {
  line: number;
  message: string; // "ZeroDivisionError: division by zero"
  severity: "error" | "warning";
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function refPattern(filename: string): RegExp {
  const name = escapeRegExp(filename);
  // `File "main.py", line 7` | `main.py:7` (not preceded by a path or name character)
  return new RegExp(`File "${name}", line (\\d+)|(?<![\\w./\\\\-])${name}:(\\d+)`, "g");
}

/** Every reference to a line of `filename` in `text`, in order. */
export function findLineRefs(text: string, filename: string): LineRef[] {
  const refs: LineRef[] = [];
  for (const match of text.matchAll(refPattern(filename))) {
    const line = Number(match[1] ?? match[2]);
    if (!Number.isSafeInteger(line) || line < 1) continue;
    refs.push({ start: match.index!, end: match.index! + match[0].length, line });
  }
  return refs;
}

// Exception groups indent their sub-tracebacks behind "  | " and draw "+-+----- 1 -----" rules;
// inside a group's traceback, strip that decoration.
function stripGroupPrefix(line: string): string {
  let rest = line;
  for (;;) {
    const prefix = /^\s*(?:\| ?|\+-[-+ \d]*$|\+ )/.exec(rest);
    if (!prefix || prefix[0].length === 0) return rest;
    rest = rest.slice(prefix[0].length);
  }
}

const FRAME = /^\s*File "(.*)", line (\d+)/;
// The last line of a traceback: an exception name (maybe dotted) at the start of the line, then
// optionally ": message". Anything indented belongs to the traceback itself.
const EXCEPTION_LINE = /^(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:: .*|:)?$/;

/**
 * The errors `stderr` reports in `filename`: for each traceback (including a SyntaxError's short
 * form and each traceback inside an exception group), the deepest frame in the user's file, with
 * the exception line as the message; and each `filename:N: SomethingWarning: …`. One mark per line
 * (the last reported wins), in order of first appearance.
 */
export function findErrors(stderr: string, filename: string): ErrorMark[] {
  const marks = new Map<number, ErrorMark>();
  const warning = new RegExp(`^${escapeRegExp(filename)}:(\\d+): (\\w*Warning): (.*)$`);
  let pendingLine: number | null = null; // deepest frame in filename of the traceback being read
  let inTraceback = false;
  let inGroup = false; // an exception group's traceback was seen: its lines carry a prefix
  for (const raw of stderr.split("\n")) {
    let line = raw.replace(/\r$/, "");
    if (/^\s*\+ Exception Group Traceback \(most recent call last\):$/.test(line)) inGroup = true;
    if (inGroup) line = stripGroupPrefix(line);
    const frame = FRAME.exec(line);
    if (frame) {
      inTraceback = true;
      if (frame[1] === filename) pendingLine = Number(frame[2]);
      continue;
    }
    if (/^\s*(?:Exception Group )?Traceback \(most recent call last\):$/.test(line)) {
      inTraceback = true;
      pendingLine = null;
      continue;
    }
    const warned = warning.exec(line);
    if (warned) {
      const at = Number(warned[1]);
      marks.set(at, { line: at, message: `${warned[2]}: ${warned[3]}`, severity: "warning" });
      continue;
    }
    if (inTraceback && !/^\s/.test(line) && EXCEPTION_LINE.test(line.trimEnd())) {
      if (pendingLine !== null) {
        marks.set(pendingLine, { line: pendingLine, message: line.trim(), severity: "error" });
      }
      pendingLine = null;
      inTraceback = false;
    }
  }
  return [...marks.values()];
}
