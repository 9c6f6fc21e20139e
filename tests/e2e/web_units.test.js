// The page's TypeScript modules, unit-tested in node: tests/web/*.test.js (traceback parsing, share
// links, the examples against CPython and the native CLI, the timeline's index). Loaded here so that
// the README's test command, which runs tests/e2e/*.test.js, runs them too.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dir = path.resolve(__dirname, "..", "web");
for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".test.js")).sort()) {
  require(path.join(dir, file));
}
