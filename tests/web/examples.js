// The example programs of the Examples menu (web/src/examples/*.py) and what CPython 3.11 prints for
// them on a virtual clock (tests/web/examples/NAME.out, NAME.err when stderr is not empty, NAME.code),
// made by tests/conformance/harness.py — the same clock LoopScope uses.
//   node tests/web/examples.js --regen     rewrites the expected files
//   node tests/web/examples.js --check     compares CPython with them (what examples.test.js does)
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const sources = path.join(root, "web", "src", "examples");
const expectedDir = path.join(__dirname, "examples");
const harness = path.join(root, "tests", "conformance", "harness.py");

function exampleIds() {
  return fs
    .readdirSync(sources)
    .filter((name) => name.endsWith(".py"))
    .map((name) => name.slice(0, -3))
    .sort();
}

function source(id) {
  return fs.readFileSync(path.join(sources, `${id}.py`), "utf8");
}

function expected(id) {
  const read = (ext) => {
    const file = path.join(expectedDir, `${id}.${ext}`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  };
  const code = read("code");
  return { stdout: read("out"), stderr: read("err") ?? "", code: code === null ? null : Number(code) };
}

// Runs a program as main.py in a scratch folder: under CPython with the virtual-clock harness, or
// under any command given as [program, ...args] (the file name is appended).
function runAsMain(text, command) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-example-"));
  try {
    fs.writeFileSync(path.join(dir, "main.py"), text);
    const result = spawnSync(command[0], [...command.slice(1), "main.py"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, PYTHONHASHSEED: "0", TZ: "UTC" },
    });
    if (result.error) throw result.error;
    return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? 128 + (os.constants.signals[result.signal] || 0) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function runCpython(text) {
  return runAsMain(text, [process.env.LOOPSCOPE_PYTHON || "python3", harness]);
}

// stderr is compared in full unless it shows CPython's own files (their paths and line numbers
// differ between installs); then by its last non-empty line, as the conformance corpus does.
function lastLine(text) {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  return lines.length ? lines[lines.length - 1] : "";
}

function stderrMatches(actual, wanted) {
  if (/\/lib\/python3|asyncio\/\w+\.py/.test(wanted)) return lastLine(actual) === lastLine(wanted);
  return actual === wanted;
}

module.exports = { exampleIds, source, expected, runCpython, runAsMain, stderrMatches, lastLine, expectedDir };

if (require.main === module) {
  const mode = process.argv[2];
  if (mode !== "--regen" && mode !== "--check") {
    console.error("usage: node tests/web/examples.js --regen | --check");
    process.exit(2);
  }
  let bad = 0;
  for (const id of exampleIds()) {
    const got = runCpython(source(id));
    if (mode === "--regen") {
      fs.mkdirSync(expectedDir, { recursive: true });
      fs.writeFileSync(path.join(expectedDir, `${id}.out`), got.stdout);
      fs.writeFileSync(path.join(expectedDir, `${id}.code`), `${got.code}\n`);
      const err = path.join(expectedDir, `${id}.err`);
      if (got.stderr) fs.writeFileSync(err, got.stderr);
      else fs.rmSync(err, { force: true });
      console.log(`${id}: exit ${got.code}, ${got.stdout.split("\n").length - 1} lines`);
    } else {
      const want = expected(id);
      const ok = got.stdout === want.stdout && got.code === want.code && stderrMatches(got.stderr, want.stderr);
      if (!ok) bad++;
      console.log(`${ok ? "ok  " : "FAIL"} ${id}`);
    }
  }
  process.exit(bad ? 1 : 0);
}
