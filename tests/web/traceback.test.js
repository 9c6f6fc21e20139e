// web/src/traceback.ts: line references in output and error marks from tracebacks, on outputs
// CPython 3.11 really prints (the same shapes LoopScope reproduces).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadTs } = require("./load");
const { expected } = require("./examples");

const { findErrors, findLineRefs } = loadTs("web/src/traceback.ts");

test("a runtime error is marked at the deepest frame in the user's file", () => {
  const stderr = [
    "Traceback (most recent call last):",
    '  File "main.py", line 3, in <module>',
    "    f()",
    '  File "main.py", line 2, in f',
    "    return 1/0",
    "           ~^~",
    "ZeroDivisionError: division by zero",
    "",
  ].join("\n");
  assert.deepEqual(findErrors(stderr, "main.py"), [
    { line: 2, message: "ZeroDivisionError: division by zero", severity: "error" },
  ]);
});

test("frames in the library after the user's frame do not move the mark", () => {
  const stderr = [
    "Traceback (most recent call last):",
    '  File "main.py", line 12, in <module>',
    "    asyncio.run(main())",
    '  File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run',
    "    return runner.run(main)",
    '  File "main.py", line 9, in main',
    "    await asyncio.wait_for(f(), 1)",
    '  File "/usr/lib/python3.11/asyncio/tasks.py", line 479, in wait_for',
    "    raise exceptions.TimeoutError() from exc",
    "TimeoutError",
  ].join("\n");
  assert.deepEqual(findErrors(stderr, "main.py"), [{ line: 9, message: "TimeoutError", severity: "error" }]);
});

test("a syntax error's short form is marked at its line", () => {
  const stderr = ['  File "main.py", line 4', "    x = (", "        ^", "SyntaxError: '(' was never closed", ""].join("\n");
  assert.deepEqual(findErrors(stderr, "main.py"), [
    { line: 4, message: "SyntaxError: '(' was never closed", severity: "error" },
  ]);
});

test("chained exceptions mark each traceback; warnings are marked as warnings", () => {
  const stderr = [
    "main.py:4: RuntimeWarning: coroutine 'f' was never awaited",
    "  f()",
    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
    "Traceback (most recent call last):",
    '  File "main.py", line 7, in <module>',
    "    1/0",
    "    ~^~",
    "ZeroDivisionError: division by zero",
    "",
    "The above exception was the direct cause of the following exception:",
    "",
    "Traceback (most recent call last):",
    '  File "main.py", line 9, in <module>',
    '    raise KeyError("k") from e',
    "KeyError: 'k'",
  ].join("\n");
  assert.deepEqual(findErrors(stderr, "main.py"), [
    { line: 4, message: "RuntimeWarning: coroutine 'f' was never awaited", severity: "warning" },
    { line: 7, message: "ZeroDivisionError: division by zero", severity: "error" },
    { line: 9, message: "KeyError: 'k'", severity: "error" },
  ]);
});

test("an exception group marks the group's frame and each sub-exception's", () => {
  const stderr = [
    "  + Exception Group Traceback (most recent call last):",
    '  |   File "main.py", line 15, in <module>',
    "  |     asyncio.run(main())",
    '  |   File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run',
    "  |     return runner.run(main)",
    "  |            ^^^^^^^^^^^^^^^^",
    '  |   File "main.py", line 10, in main',
    "  |     async with asyncio.TaskGroup() as tg:",
    '  |   File "/usr/lib/python3.11/asyncio/taskgroups.py", line 145, in __aexit__',
    "  |     raise me from None",
    "  | ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)",
    "  +-+---------------- 1 ----------------",
    "    | Traceback (most recent call last):",
    '    |   File "main.py", line 6, in boom',
    '    |     raise ValueError(f"boom {n}")',
    "    | ValueError: boom 1",
    "    +---------------- 2 ----------------",
    "    | Traceback (most recent call last):",
    '    |   File "main.py", line 6, in boom',
    '    |     raise ValueError(f"boom {n}")',
    "    | ValueError: boom 1",
    "    +------------------------------------",
  ].join("\n");
  assert.deepEqual(findErrors(stderr, "main.py"), [
    { line: 10, message: "ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)", severity: "error" },
    { line: 6, message: "ValueError: boom 1", severity: "error" },
  ]);
});

test("the never-retrieved example's log is marked where the task raised", () => {
  assert.deepEqual(findErrors(expected("never_retrieved").stderr, "main.py"), [
    { line: 7, message: "RuntimeError: disk full", severity: "error" },
  ]);
});

test("other files and plain output give no marks", () => {
  const stderr = ['  File "other.py", line 3, in f', "ValueError: x", "Error: not a traceback", "ValueError: printed"].join("\n");
  assert.deepEqual(findErrors(stderr, "main.py"), []);
  assert.deepEqual(findErrors("", "main.py"), []);
});

test("line references: traceback frames, file:line, but not other paths or names", () => {
  const text = 'File "main.py", line 12, in f\n<Task pending coro=<f() running at main.py:7>>\nsrc/main.py:3 xmain.py:4 main.py:0\n';
  const refs = findLineRefs(text, "main.py");
  assert.deepEqual(
    refs.map((r) => [r.line, text.slice(r.start, r.end)]),
    [
      [12, 'File "main.py", line 12'],
      [7, "main.py:7"],
    ],
  );
});
