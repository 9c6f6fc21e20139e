// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) on the playground served
// from a folder on a free localhost port. Collects the page's console errors, uncaught exceptions,
// failed requests and dialogs (alert() must never run); close() fails the test if there were any.
//   openPlayground(dist, {hash: "#v1=…", viewport: {width, height}, colorScheme: "dark"})
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { startServer } = require("../../scripts/serve");

const CHROMIUM = process.env.LOOPSCOPE_CHROMIUM || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function openPlayground(root, options = {}) {
  const { server, url } = await startServer({ root, port: 0 });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-e2e-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: options.viewport || { width: 1280, height: 800 },
      colorScheme: options.colorScheme || "light",
    });
  } catch (error) {
    server.close();
    throw error;
  }
  const page = context.pages()[0] || (await context.newPage());
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(url + (options.hash || ""));
  fs.mkdirSync(path.join(__dirname, "screenshots"), { recursive: true });

  async function close() {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    if (problems.length) throw new Error(`the page reported problems:\n${problems.join("\n")}`);
  }
  return { page, url, context, close };
}

module.exports = { openPlayground };
