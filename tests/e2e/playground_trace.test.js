// The playground's timeline and diagnostics list on real traces, with the core taken out: the page's
// worker.js is replaced by a stand-in that answers each example with its expected output
// (tests/web/examples/ID.out) and its committed trace (tests/web/traces/ID.json). So the page's side
// of issue #8 — the worker protocol, trace_adapter.ts, the view, the diagnostics list, the gutter — is
// checked even when the WebAssembly core is being changed; playground.test.js checks the same with
// the real core.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPlayground } = require("./browser");
const { source, expected } = require("../web/examples");
const { TRACE_IDS, fixture } = require("../web/traces");

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");
const screenshots = path.join(__dirname, "screenshots");

// Program text -> what the stand-in worker answers.
const canned = {};
for (const id of TRACE_IDS) {
  if (!fs.existsSync(path.join(root, "web", "src", "examples", `${id}.py`))) continue;
  canned[source(id)] = { stdout: expected(id).stdout ?? "", stderr: expected(id).stderr, trace: fixture(id) };
}
const standInWorker = `"use strict";
const canned = ${JSON.stringify(canned)};
self.postMessage({ type: "ready", version: "0.0.0-stand-in" });
self.onmessage = (event) => {
  const run = event.data;
  if (run.type !== "run") return; // the page's compiled module (worker.js?module=page)
  const answer = canned[run.source] || { stdout: "", stderr: "", trace: "" };
  if (answer.stdout) self.postMessage({ type: "output", id: run.id, stream: "stdout", text: answer.stdout });
  if (answer.stderr) self.postMessage({ type: "output", id: run.id, stream: "stderr", text: answer.stderr });
  self.postMessage({ type: "exit", id: run.id, code: 0, elapsedMs: 1, trace: run.trace ? answer.trace : "" });
};`;

async function open(t) {
  const session = await openPlayground(dist);
  t.after(session.close);
  const { page, context } = session;
  await context.route(/\/worker\.js(\?.*)?$/, (route) => route.fulfill({ contentType: "text/javascript", body: standInWorker }));
  await page.reload();
  await page.waitForSelector('body[data-runs="1"]');
  return { page };
}

const texts = (page, selector) => page.$$eval(selector, (items) => items.map((item) => item.textContent));

test("the default example's trace: a lane per task, cancel arrows, provenance by keyboard", async (t) => {
  const { page } = await open(t);
  assert.equal(await page.textContent("#core-version"), "0.0.0-stand-in");
  assert.equal(await page.getAttribute(".tl", "data-lanes"), "5");
  assert.deepEqual(await texts(page, ".tl-lanes li"), [
    "Task-1 (main()): done, created at line 42",
    "child-1 (cancel_me()): cancelled, created at line 25",
    "waiter-1 (waiter()): done, created at line 26",
    "child-2 (cancel_me()): cancelled, created at line 32",
    "waiter-2 (waiter()): cancelled, created at line 33",
  ]);
  assert.deepEqual(await texts(page, ".tl-arrows li"), [
    "Task-1 → child-1: cancel() at line 28",
    "Task-1 → waiter-2: cancel() at line 35",
    "waiter-2 → child-2: passed on (cancel() at line 35)",
  ]);
  assert.equal(await page.locator("#diagnostics").isVisible(), false);
  // The canvas shows the run: some of it is in the cancel colour (arrows, cancel() marks, CancelledErrors).
  const cancelPixels = await page.evaluate(() => {
    const canvas = document.querySelector(".tl-canvas");
    const probe = document.createElement("div");
    probe.style.color = getComputedStyle(document.querySelector(".tl")).getPropertyValue("--tl-cancel");
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
    probe.remove();
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) count++;
    }
    return count;
  });
  assert.ok(cancelPixels > 50, `${cancelPixels} pixels in the cancel colour`);

  await page.click("text=By step");
  await page.focus(".tl-body");
  await page.keyboard.press("Home");
  for (let i = 0; i < 100; i++) {
    if (/CancelledError at line/.test((await page.textContent(".tl-details-title")) ?? "")) break;
    await page.keyboard.press("ArrowRight");
  }
  assert.equal(await page.textContent(".tl-details-title"), "child-1 (cancel_me()): CancelledError at line 7");
  assert.deepEqual(await texts(page, ".tl-provenance li"), [
    "cancel_me() got CancelledError at line 7",
    "because cancel_me() itself was cancelled by main() at line 28",
  ]);
  assert.equal(await page.textContent(".cm-focus-line"), "        await asyncio.sleep(3600)");
  await page.screenshot({ path: path.join(screenshots, "trace-own-vs-child.png") });
});

test("diagnostics: listed above the timeline, marked in the gutter, a click jumps to the line", async (t) => {
  const { page } = await open(t);
  await page.selectOption("#examples", "lost_data");
  await page.waitForSelector('body[data-runs="2"]');
  assert.equal(await page.textContent("#diagnostics-count"), "2 problems found");
  const items = page.locator("#diagnostics button.diag");
  assert.deepEqual(await items.evaluateAll((all) => all.map((b) => [b.dataset.kind, b.dataset.line])), [
    ["lost_result", "6"],
    ["swallowed_cancel", "11"],
  ]);
  const warnings = page.locator(".cm-error-marker-warning");
  assert.equal(await warnings.count(), 2);
  await items.nth(1).click();
  assert.match(await page.textContent(".cm-focus-line"), /^ {8}return await asyncio\.shield\(fut\)swallowed cancellation: /);
  assert.match(await page.textContent(".tl-details-title"), /^careful \(careful\(\)\): swallowed cancellation: /);
  assert.deepEqual(await texts(page, ".tl-provenance li"), []); // a diagnostic, not a CancelledError
  await items.nth(0).focus();
  await page.keyboard.press("Enter");
  assert.match(await page.textContent(".cm-focus-line"), /^ {4}return await futlost result: /);
  await page.screenshot({ path: path.join(screenshots, "trace-diagnostics.png") });

  // The next run replaces the list; a program without a trace shows the pane's message.
  await page.selectOption("#examples", "timeout");
  await page.waitForSelector('body[data-runs="3"]');
  assert.equal(await page.locator("#diagnostics").isVisible(), false);
  assert.deepEqual(await texts(page, ".tl-arrows li"), ["program → Task-1: timeout (line 16)"]);
  await page.click(".cm-content");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("# edited\n");
  await page.click("#run");
  await page.waitForSelector('body[data-runs="4"]');
  assert.equal(await page.locator(".tl-empty").isVisible(), true);
  assert.equal(await page.textContent(".tl-empty"), "This run recorded no trace.");
  assert.equal(await page.locator(".cm-error-marker").count(), 0);
});
