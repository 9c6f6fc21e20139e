// The Examples menu (web/src/examples.ts): well-formed entries, one per program file, each program's
// output under CPython 3.11 on the virtual clock equal to the expected files in tests/web/examples/,
// and — once the core runs asyncio — the same output from build/native/loopscope.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { loadTs, root } = require("./load");
const { exampleIds, source, expected, runCpython, runAsMain, stderrMatches } = require("./examples");

const { EXAMPLES, DEFAULT_EXAMPLE_ID, exampleById } = loadTs("web/src/examples.ts");
const loopscope = path.join(root, "build", "native", "loopscope");

test("the menu lists every example program once, with a title and a one-line explanation", () => {
  assert.ok(EXAMPLES.length >= 12, `only ${EXAMPLES.length} examples`);
  assert.deepEqual(EXAMPLES.map((e) => e.id).sort(), exampleIds());
  assert.equal(new Set(EXAMPLES.map((e) => e.title)).size, EXAMPLES.length, "duplicate titles");
  for (const example of EXAMPLES) {
    assert.equal(example.source, source(example.id), `${example.id}: the bundled text differs from the file`);
    assert.ok(example.title.length > 5 && example.title.length <= 60, `${example.id}: title`);
    assert.ok(example.look.length > 20 && example.look.length <= 160 && !example.look.includes("\n"), `${example.id}: look`);
    assert.match(example.source, /^# .+\n/, `${example.id}: starts with a one-line comment`);
  }
  assert.ok(exampleById(DEFAULT_EXAMPLE_ID));
});

test("the examples cover every question of the seed, plus TaskGroup, timeout and wait_for", () => {
  const all = EXAMPLES.map((e) => e.source).join("\n");
  for (const [topic, pattern] of [
    ["own vs child cancellation", /cancelling\(\)/],
    ["shield", /asyncio\.shield\(/],
    ["reverse shield", /def reverse_shield/],
    ["cleaning up pending tasks", /all_tasks\(/],
    ["not losing data", /fut\.done\(\)/],
    ["Ctrl+C cleanup", /SIGINT/],
    ["linked tasks", /add_done_callback/],
    ["producer/consumer failure", /asyncio\.Queue\(\)/],
    ["Queue.put cancel wake-up", /Queue\(maxsize=1\)/],
    ["TaskGroup", /TaskGroup\(\)/],
    ["timeout", /asyncio\.timeout\(/],
    ["wait_for", /asyncio\.wait_for\(/],
  ]) {
    assert.match(all, pattern, `no example for ${topic}`);
  }
});

for (const id of exampleIds()) {
  test(`CPython 3.11 prints the expected output for ${id}`, () => {
    const want = expected(id);
    const got = runCpython(source(id));
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.code, want.code);
    assert.ok(stderrMatches(got.stderr, want.stderr), `stderr differs:\n${got.stderr}`);
  });
}

// The native CLI, when it is built and its core has asyncio (reported as skipped until then).
function nativeSkipReason() {
  if (!fs.existsSync(loopscope)) return "build/native/loopscope is not built";
  const probe = runAsMain("import asyncio\n", [loopscope, "run"]);
  if (probe.code !== 0) return `the core cannot import asyncio yet (${probe.stderr.trim().split("\n").pop()})`;
  return null;
}

// A program that stops on a part of Python or asyncio the core does not have yet is reported as
// skipped, with what is missing; any other difference from CPython is a failure.
const MISSING = /^(?:AttributeError: module '[\w.]+' has no attribute '\w+'|ModuleNotFoundError: No module named '[\w.]+'|NotImplementedError\b.*)$/;

const skip = nativeSkipReason();
for (const id of exampleIds()) {
  test(`loopscope prints the expected output for ${id}`, { skip: skip ?? false }, (t) => {
    const want = expected(id);
    const got = runAsMain(source(id), [loopscope, "run"]);
    const last = got.stderr.trim().split("\n").pop() ?? "";
    if (got.code !== 0 && want.code === 0 && MISSING.test(last)) {
      t.skip(`the core lacks it yet: ${last}`);
      return;
    }
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.code, want.code);
    assert.ok(stderrMatches(got.stderr, want.stderr), `stderr differs:\n${got.stderr}`);
  });
}

