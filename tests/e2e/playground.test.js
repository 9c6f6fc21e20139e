// The playground in headless Chromium: the page loads the WebAssembly module in its Web Worker, shows
// the core's version, and runs the program in the editor to the end.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { openPlayground } = require("./browser");
const { loadModule } = require("../wasm/module");

const dist = path.resolve(__dirname, "..", "..", "dist");

test("the page shows the core's version and runs a program", async (t) => {
  const expectedVersion = (await loadModule(dist)).version(); // what the same module says in node
  const { page, close } = await openPlayground(dist);
  t.after(close);

  const version = page.locator('#core-version[data-state="ready"]');
  await version.waitFor({ timeout: 20000 });
  assert.equal(await version.textContent(), expectedVersion);

  await page.click("#run");
  const status = page.locator('#status[data-state="done"]');
  await status.waitFor({ timeout: 20000 });
  assert.match(await status.textContent(), /^exit code -?\d+$/);
  const written = (await page.textContent("#stdout")) + (await page.textContent("#stderr"));
  assert.ok(written.length > 0, "the run wrote nothing");

  await page.screenshot({ path: path.join(__dirname, "screenshots", "playground.png"), fullPage: true });
});
