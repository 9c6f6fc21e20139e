// Every limit of a run, in the page: each ends the run with its Python-style message in the output
// pane (marked in the gutter when it has a line), the status says how the run ended, and the page
// stays usable -- the next run works. (The step budget, Stop and the output pane's own cut are in
// playground.test.js.) One page serves every test, as a user would meet the limits one after another.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { openPlayground } = require("./browser");

const dist = path.resolve(__dirname, "..", "..", "dist");

let session;
let finished = 0;

test.before(async () => {
  session = await openPlayground(dist);
  finished = 1;
  await session.page.waitForSelector(`body[data-runs="1"]`, { timeout: 60000 });
});

test.after(async () => {
  if (session) await session.close();
});

// Replaces the editor's text by pasting it over everything (as a user brings in a program; typing
// megabytes through the keyboard would take minutes) and runs it; returns the output pane's streams
// and the status once the run has finished.
async function run(source, timeout = 120000) {
  const { page } = session;
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.locator(".cm-content").evaluate((content, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    content.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, source);
  await page.click("#run");
  finished += 1;
  await page.waitForSelector(`body[data-runs="${finished}"]`, { timeout });
  const read = (stream) =>
    page.$$eval(`#output [data-stream="${stream}"]`, (spans) => spans.map((span) => span.textContent).join(""));
  return {
    stdout: await read("stdout"),
    stderr: await read("stderr"),
    state: await page.getAttribute("#status", "data-state"),
    status: await page.textContent("#status"),
    gutterErrors: await page.locator(".cm-error-marker-error").count(),
  };
}

function lastLine(text) {
  return text.trimEnd().split("\n").pop();
}

async function stillUsable() {
  const after = await run("print('still here')\n");
  assert.equal(after.stdout, "still here\n");
  assert.equal(after.state, "done");
}

test("recursion depth: RecursionError as CPython words it", async () => {
  const r = await run("def f(n):\n    return f(n + 1)\n\nf(0)\n");
  assert.equal(r.state, "failed");
  assert.match(r.status, /exit code 1/);
  assert.match(r.stderr, /\[Previous line repeated 99\d more times\]/);
  assert.equal(lastLine(r.stderr), "RecursionError: maximum recursion depth exceeded");
  assert.ok(r.gutterErrors >= 1);
  await stillUsable();
});

test("memory ceiling: a program that keeps allocating gets MemoryError", async () => {
  const r = await run("chunks = []\nwhile True:\n    chunks.append('x' * 10**6)\n");
  assert.equal(r.state, "failed");
  assert.match(r.stderr, /line 3, in <module>/);
  assert.equal(lastLine(r.stderr), "MemoryError");
  await stillUsable();
});

test("huge integers and string repetition: MemoryError at once, not an exhausted tab", async () => {
  for (const source of ["x = 2 ** (10 ** 10)\n", "s = 'x' * 10 ** 12\n", "l = [None] * 10 ** 12\n"]) {
    const r = await run(source);
    assert.equal(r.state, "failed", source);
    assert.equal(lastLine(r.stderr), "MemoryError", source);
    assert.equal(r.gutterErrors, 1, source);
  }
  await stillUsable();
});

test("output ceiling: the core stops a program past 16 MB of output and says why", async () => {
  const r = await run("line = 'x' * 999\nwhile True:\n    print(line)\n");
  assert.equal(r.state, "failed");
  // The pane shows its first million characters, then the end of stderr: why the run ended.
  assert.match(await session.page.textContent("#output"), /\[output cut here: [\d,]+ more characters not shown\]\[the end of stderr:\]/);
  assert.match(r.stderr, /RuntimeError: LoopScope stopped the program after it wrote 16 MB of output \(the output limit\)/);
  assert.equal(lastLine(r.stderr), "LoopScope: output limit exceeded");
  await stillUsable();
});

test("nesting in the source: CPython's SyntaxError, no stack overflow in the worker", async () => {
  const r = await run(`x = ${"(".repeat(5000)}${")".repeat(5000)}\n`);
  assert.equal(r.state, "failed");
  assert.equal(lastLine(r.stderr), "SyntaxError: too many nested parentheses");
  assert.equal(r.gutterErrors, 1);
  await stillUsable();
});

test("source size: a program over 4 MB is refused with a message, the editor keeps it", async () => {
  const line = "x = 1  # padding padding padding padding padding padding padding padding padding\n";
  const source = line.repeat(Math.ceil((4 * 1024 * 1024 + 1) / line.length));
  const r = await run(source);
  assert.equal(r.state, "failed");
  assert.equal(
    lastLine(r.stderr),
    `LoopScope: the program is ${source.length} bytes, more than the source limit of 4 MB; it was not run`,
  );
  assert.equal(await session.page.locator(".cm-content").isVisible(), true);
  await stillUsable();
});

test("trace event ceiling: the trace stops, marked truncated; the run finishes", async () => {
  const source = [
    "import asyncio",
    "",
    "async def main():",
    "    for _ in range(300_000):",
    "        await asyncio.sleep(0)",
    "    print('finished')",
    "",
    "asyncio.run(main())",
    "",
  ].join("\n");
  const r = await run(source);
  assert.equal(r.stdout, "finished\n");
  assert.equal(r.state, "done");
  assert.match(await session.page.textContent("#diagnostics"), /trace truncated/);
  await stillUsable();
});
