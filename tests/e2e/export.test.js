// Export in headless Chromium with the real core: after a run, the timeline pane's Export buttons
// download the run's trace as loopscope-trace.json (LoopScope's format, docs/trace-format.md) and
// loopscope-perfetto.json (Chrome Trace Event JSON, which the worker makes only when asked), through a
// Blob URL under the page's Content-Security-Policy; the buttons are off while a run goes on, after
// Stop, and come back with the next finished run. Screenshots go to tests/e2e/screenshots/.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPlayground } = require("./browser");

const dist = path.resolve(__dirname, "..", "..", "dist");
const screenshots = path.join(__dirname, "screenshots");

async function runs(page) {
  return Number((await page.getAttribute("body", "data-runs")) || 0);
}

async function open(t, options) {
  const session = await openPlayground(dist, options);
  t.after(session.close);
  await session.page.waitForSelector('body[data-runs="1"]', { timeout: 60000 });
  return session;
}

// Presses `press()` and returns the file the page downloads: its suggested name and parsed JSON.
async function download(page, press) {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), press()]);
  assert.equal(await file.failure(), null);
  const text = fs.readFileSync(await file.path(), "utf8");
  return { name: file.suggestedFilename(), url: file.url(), text, json: JSON.parse(text) };
}

const disabled = (page, id) => page.$eval(`#${id}`, (button) => button.disabled);

test("Export downloads the last run's trace JSON and Perfetto JSON", async (t) => {
  const { page } = await open(t);
  const before = await runs(page);
  await page.selectOption("#examples", "shield");
  await page.waitForSelector(`body[data-runs="${before + 1}"]`, { timeout: 60000 });
  if ((await page.getAttribute("#status", "data-state")) !== "done") {
    t.skip(`the example did not finish cleanly: ${await page.textContent("#status")}`);
    return;
  }
  assert.equal(await disabled(page, "export-trace"), false);
  assert.equal(await disabled(page, "export-perfetto"), false);

  // LoopScope's trace, by keyboard: the button is reachable and Enter presses it.
  await page.focus("#export-trace");
  const trace = await download(page, () => page.keyboard.press("Enter"));
  assert.equal(trace.name, "loopscope-trace.json");
  assert.match(trace.url, /^blob:/);
  assert.equal(trace.json.format, "loopscope-trace");
  assert.equal(trace.json.version, 1);
  assert.equal(trace.json.file, "main.py");
  assert.equal(trace.json.truncated, false);
  for (const key of ["tasks", "futures", "events"]) assert.ok(Array.isArray(trace.json[key]), key);
  assert.ok(trace.json.events.length > 0);
  const tasks = trace.json.tasks.filter((task) => !task.internal);
  assert.ok(tasks.length >= 2, `tasks: ${tasks.map((task) => task.name)}`);
  // The same tasks as the timeline's lanes ("name (coro()): state, created at line N").
  const lanes = await page.$$eval(".tl-lanes li", (items) => items.map((item) => item.textContent));
  assert.deepEqual(
    lanes.map((lane) => lane.split(":")[0]),
    tasks.map((task) => `${task.name} (${task.coro}())`),
  );

  // The Perfetto JSON, asked of the worker on the click: a track per task, named as in the trace.
  const perfetto = await download(page, () => page.click("#export-perfetto"));
  assert.equal(perfetto.name, "loopscope-perfetto.json");
  assert.match(perfetto.url, /^blob:/);
  assert.equal(perfetto.json.displayTimeUnit, "ms");
  assert.ok(Array.isArray(perfetto.json.traceEvents) && perfetto.json.traceEvents.length > 0);
  for (const event of perfetto.json.traceEvents) {
    assert.equal(typeof event.ph, "string");
    assert.equal(event.pid, 1);
  }
  const tracks = perfetto.json.traceEvents
    .filter((event) => event.ph === "M" && event.name === "thread_name")
    .map((event) => event.args.name);
  for (const task of tasks) assert.ok(tracks.includes(`${task.name} ${task.coro}()`), `no track for ${task.name}: ${tracks}`);
  assert.ok(perfetto.json.traceEvents.some((event) => event.ph === "B" && /^step\b/.test(event.name)));
  // Again: the worker still has the run; the same bytes.
  const again = await download(page, () => page.click("#export-perfetto"));
  assert.equal(again.text, perfetto.text);
  assert.equal(await page.locator("#notice").isVisible(), false);

  // A run going on, and one stopped before it finished, have nothing to export.
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText("while True:\n    pass\n");
  await page.click("#run");
  await page.waitForSelector("#stop:not([disabled])");
  assert.equal(await disabled(page, "export-trace"), true);
  assert.equal(await disabled(page, "export-perfetto"), true);
  await page.click("#stop");
  await page.waitForSelector('#status[data-state="stopped"]');
  assert.equal(await disabled(page, "export-trace"), true);
  assert.equal(await disabled(page, "export-perfetto"), true);

  // The next finished run (in the worker started after Stop) exports its own trace.
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(
    "import asyncio\n\nasync def nap():\n    await asyncio.sleep(1)\n\nasync def main():\n    await asyncio.create_task(nap(), name='napper')\n\nasyncio.run(main())\n",
  );
  const count = await runs(page);
  await page.click("#run");
  await page.waitForSelector(`body[data-runs="${count + 1}"]`, { timeout: 60000 });
  const second = await download(page, () => page.click("#export-perfetto"));
  const names = second.json.traceEvents.filter((event) => event.name === "thread_name").map((event) => event.args.name);
  assert.ok(names.includes("napper nap()"), `tracks: ${names}`);
  const secondTrace = await download(page, () => page.click("#export-trace"));
  assert.deepEqual(
    secondTrace.json.tasks.filter((task) => !task.internal).map((task) => task.name),
    ["Task-1", "napper"],
  );
  await page.locator("#timeline-pane").screenshot({ path: path.join(screenshots, "export.png") });
});

test("the Export buttons in the dark theme and a narrow window", async (t) => {
  const { page } = await open(t, { colorScheme: "dark", viewport: { width: 420, height: 900 } });
  await page.locator("#timeline-pane").scrollIntoViewIfNeeded();
  const look = await page.$eval("#export-perfetto", (button) => {
    const style = getComputedStyle(button);
    const box = button.getBoundingClientRect();
    const pane = document.querySelector("#timeline-pane").getBoundingClientRect();
    return { bg: style.backgroundColor, fg: style.color, right: box.right, paneRight: pane.right, height: box.height };
  });
  assert.notEqual(look.bg, "rgb(255, 255, 255)"); // the dark theme's button colours
  assert.ok(look.right <= look.paneRight, `the button sticks out of its pane: ${look.right} > ${look.paneRight}`);
  assert.ok(look.height >= 20 && look.height <= 28, `height ${look.height}`);
  const { name } = await download(page, () => page.click("#export-trace"));
  assert.equal(name, "loopscope-trace.json");
  await page.locator("#timeline-pane").screenshot({ path: path.join(screenshots, "export-dark-narrow.png") });
});
