// The contract of core/run.hpp that the CLI and the WebAssembly binding rely on, whatever the program.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "core/run.hpp"

namespace {

ls::RunOptions program(std::string source) {
  ls::RunOptions options;
  options.filename = "main.py";
  options.source = std::move(source);
  return options;
}

// Advances in small slices, as the browser worker does; fails the test if the run never ends.
const ls::RunResult& finish(ls::Run& run) {
  int advances = 0;
  while (!run.advance(1000)) REQUIRE(++advances < 100000);
  return run.result();
}

}  // namespace

TEST_CASE("version() is MAJOR.MINOR.PATCH", "[run]") {
  CHECK(std::regex_match(ls::version(), std::regex(R"([0-9]+\.[0-9]+\.[0-9]+)")));
}

TEST_CASE("a run ends, and stays done", "[run]") {
  ls::Run run(program("print(1 + 1)\n"));
  CHECK_FALSE(run.done());
  finish(run);
  CHECK(run.done());
  CHECK(run.advance(1));
  CHECK(run.done());
}

TEST_CASE("on_output streams exactly what the run collects without it", "[run]") {
  const std::string source = "import sys\nprint('out')\nprint('err', file=sys.stderr)\nraise SystemExit(3)\n";

  ls::Run collected(program(source));
  const ls::RunResult& plain = finish(collected);

  std::string out, err;
  std::vector<ls::Stream> order;
  ls::RunOptions options = program(source);
  options.on_output = [&](ls::Stream stream, std::string_view text) {
    (stream == ls::Stream::Stdout ? out : err).append(text);
    order.push_back(stream);
  };
  ls::Run streamed(std::move(options));
  const ls::RunResult& result = finish(streamed);

  CHECK(out == plain.out);
  CHECK(err == plain.err);
  CHECK(result.exit_code == plain.exit_code);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
}

TEST_CASE("run_program gives what stepping a Run gives", "[run]") {
  const std::string source = "print('hello')\n";
  ls::Run run(program(source));
  const ls::RunResult& stepped = finish(run);
  ls::RunResult whole = ls::run_program(program(source));
  CHECK(whole.exit_code == stepped.exit_code);
  CHECK(whole.out == stepped.out);
  CHECK(whole.err == stepped.err);
}

TEST_CASE("two interleaved runs give what each gives alone", "[run]") {
  const std::string a = "x = 1\nprint(x)\n", b = "print(2)\n";
  ls::Run first(program(a));
  ls::Run second(program(b));
  first.advance(1);
  const ls::RunResult& second_result = finish(second);
  const ls::RunResult& first_result = finish(first);
  for (auto [source, result] : {std::pair{a, &first_result}, std::pair{b, &second_result}}) {
    ls::RunResult alone = ls::run_program(program(source));
    CHECK(result->out == alone.out);
    CHECK(result->err == alone.err);
    CHECK(result->exit_code == alone.exit_code);
  }
}

TEST_CASE("the trace is empty unless asked for", "[run]") {
  ls::Run run(program("print(1)\n"));
  finish(run);
  CHECK(run.trace_json().empty());
}

TEST_CASE("the output ceiling stops a program that prints forever", "[run][limits]") {
  SECTION("a plain loop") {
    ls::Run run(program("while True:\n    print('x' * 1000)\n"));
    const ls::RunResult& r = finish(run);
    CHECK(r.exit_code == 1);
    CHECK(r.out.size() == (size_t(16) << 20));
    CHECK(r.err.find("RuntimeError: LoopScope stopped the program after it wrote 16 MB of output (the output limit)") !=
          std::string::npos);
    CHECK(r.err.find("LoopScope: output limit exceeded") != std::string::npos);
  }
  SECTION("tasks printing on the event loop") {
    ls::Run run(program("import asyncio\n\nasync def spam(s):\n    while True:\n        print(s * 100)\n"
                        "        await asyncio.sleep(0)\n\nasync def main():\n"
                        "    await asyncio.gather(spam('a'), spam('b'))\n\nasyncio.run(main())\n"));
    const ls::RunResult& r = finish(run);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("(the output limit)") != std::string::npos);
  }
  SECTION("one print past the ceiling, then a normal end") {
    ls::Run run(program("print('x' * (17 << 20))\n"));
    const ls::RunResult& r = finish(run);
    CHECK(r.exit_code == 1);
    CHECK(r.out.size() == (size_t(16) << 20));
    CHECK(r.err == "LoopScope: output limit exceeded: what the program wrote past 16 MB was dropped\n");
  }
}

TEST_CASE("huge numbers and strings raise MemoryError instead of exhausting the host", "[run][limits]") {
  for (const char* source : {"x = 10 ** (10 ** 10)\n", "s = 'x' * 10 ** 12\n", "l = [0] * 10 ** 12\n"}) {
    INFO(source);
    ls::Run run(program(source));
    const ls::RunResult& r = finish(run);
    CHECK(r.exit_code == 1);
    CHECK(r.err.substr(r.err.rfind('\n', r.err.size() - 2) + 1) == "MemoryError\n");
  }
}

TEST_CASE("deep nesting in the source is a SyntaxError, not a C++ stack overflow", "[run][limits]") {
  std::string source = "x = " + std::string(100000, '[') + std::string(100000, ']') + "\n";
  ls::Run run(program(source));
  const ls::RunResult& r = finish(run);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("SyntaxError: too many nested parentheses") != std::string::npos);
}

TEST_CASE("the step budget is the program's: a small one leaves try/except working", "[run][limits]") {
  // The Python code that sets up sys once used up a small budget before the program started, and the
  // program then ran half-aborted: no handler caught anything and the budget was never enforced.
  ls::RunOptions options = program("try:\n    raise ValueError('x')\nexcept ValueError as e:\n    print('caught', e)\n");
  options.max_steps = 50;
  ls::Run run(options);
  const ls::RunResult& r = finish(run);
  CHECK(r.out == "caught x\n");
  CHECK(r.exit_code == 0);
}

TEST_CASE("a step budget used up where C++ swallows errors still ends the run", "[run][limits]") {
  // asyncio.run() imports signal (Python code) and ignores an import failure: the budget's error is
  // raised again at the program's next step instead of being lost.
  for (int64_t steps : {100, 5000, 20000}) {
    INFO(steps);
    ls::RunOptions options = program(
        "import asyncio\n\nasync def main():\n    try:\n        raise ValueError('x')\n    except ValueError:\n"
        "        print('caught')\n    while True:\n        pass\n\nasyncio.run(main())\n");
    options.max_steps = steps;
    ls::Run run(options);
    const ls::RunResult& r = finish(run);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("RuntimeError: LoopScope stopped the program after " + std::to_string(steps) +
                     " steps (the step budget): it may be stuck in a loop\n") != std::string::npos);
  }
}

// Found by fuzz_run: a run stopped by its step budget while an executor job (a green thread) was
// suspended mid-chain (queue.Queue.get -> threading's Condition.wait) left the job's frames
// unreleased: under ASan, a leak.
TEST_CASE("a run stopped by its budget releases executor jobs suspended mid-chain", "[run][limits]") {
  ls::RunOptions options = program(
      "import asyncio, queue\n\ndef job(q):\n    return q.get()\n\nasync def main():\n    q = queue.Queue()\n"
      "    asyncio.get_running_loop().run_in_executor(None, job, q)\n    while True:\n"
      "        await asyncio.sleep(0)\n\nasyncio.run(main())\n");
  options.max_steps = 20000;
  ls::Run run(options);
  const ls::RunResult& r = finish(run);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("(the step budget)") != std::string::npos);
}

// Started threads (loop/green.cpp) suspended where they wait -- an event loop run by a thread
// (frames of _green_loop.py handed on by vm_tail_call), a thread blocked in `with lock:` (a Python
// __enter__ run in the thread's loop), one inside a @contextmanager (next(gen) run in the loop) --
// are unwound when the run is stopped by its budget: their frames are released (ASan's leak check).
TEST_CASE("a run stopped by its budget releases started threads suspended mid-chain", "[run][limits]") {
  ls::RunOptions options = program(
      "import asyncio, contextlib, threading, time\n\nloop = asyncio.new_event_loop()\n"
      "threading.Thread(target=loop.run_forever).start()\n"
      "lock = threading.Lock()\nlock.acquire()\n\ndef locked():\n    with lock:\n        pass\n\n"
      "@contextlib.contextmanager\ndef cm():\n    time.sleep(100)\n    yield\n\n"
      "def in_cm():\n    with cm():\n        pass\n\n"
      "threading.Thread(target=locked).start()\nthreading.Thread(target=in_cm, daemon=True).start()\n"
      "print(asyncio.run_coroutine_threadsafe(asyncio.sleep(0.1, 'slept'), loop).result())\n"
      "while True:\n    pass\n");
  options.max_steps = 200000;
  ls::Run run(options);
  const ls::RunResult& r = finish(run);
  CHECK(r.out == "slept\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("(the step budget)") != std::string::npos);
}

TEST_CASE("items taken by C++ from an endless iterator count as steps", "[run][limits]") {
  for (const char* source : {"print(sum(range(10**18)))\n", "print(max(range(10**18)))\n", "x = list(range(10**18))\n",
                             "s = set(range(10**18))\n", "print(any(x < 0 for x in range(10**18)))\n",
                             "f = filter(lambda x: x < 0, range(10**18))\nprint(next(f))\n"}) {
    INFO(source);
    ls::RunOptions options = program(source);
    options.max_steps = 200000;
    ls::Run run(options);
    const ls::RunResult& r = finish(run);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("(the step budget)") != std::string::npos);
  }
}

// Found by fuzz_run: the interpreter's shutdown ran Python code (a pending task's finalizer logs
// through the logging module, imported then) while the host's slicing was still on, so that code
// paused as if it were the program, leaving a dead frame as the VM's current one (the trace's output
// hook then read it: a crash) and its frames never freed (a leak).
TEST_CASE("Python code run by the shutdown is not paused by the host's slices", "[run][limits][trace]") {
  ls::RunOptions options = program(
      "import asyncio\n\nasync def longer_task():\n    await asyncio.sleep(2)\n\n"
      "loop = asyncio.new_event_loop()\ntask2 = loop.create_task(longer_task())\n"
      "loop.run_until_complete(asyncio.sleep(0.1))\n");
  options.trace = true;
  ls::Run run(options);
  int advances = 0;
  while (!run.advance(100)) REQUIRE(++advances < 100000);
  const ls::RunResult& r = run.result();
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("Task was destroyed but it is pending!\ntask: <Task pending name='Task-1' coro=<longer_task()") == 0);
  CHECK(run.trace_json().find("longer_task") != std::string::npos);
}

TEST_CASE("a program over the source limit is refused before it is compiled", "[run][limits]") {
  ls::RunOptions options = program("print('fits')\n" + std::string(100, '#') + "\n");
  options.max_source_bytes = options.source.size();
  {
    ls::Run run(options);
    const ls::RunResult& r = finish(run);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "fits\n");
  }
  options.source += "\n";
  options.max_source_bytes = size_t(1) << 20;
  options.source.append(options.max_source_bytes - options.source.size() + 1, '#');
  ls::Run run(options);
  const ls::RunResult& r = finish(run);
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "LoopScope: the program is 1048577 bytes, more than the source limit of 1 MB; it was not run\n");
}

TEST_CASE("the trace stops at its event ceiling and says so; the run goes on", "[run][limits][trace]") {
  ls::RunOptions options = program(
      "import asyncio\n\nasync def main():\n    for i in range(2000):\n        await asyncio.sleep(0)\n"
      "    print('done')\n\nasyncio.run(main())\n");
  options.trace = true;
  options.trace_event_limit = 500;
  ls::Run run(options);
  const ls::RunResult& r = finish(run);
  CHECK(r.out == "done\n");
  CHECK(r.exit_code == 0);
  CHECK(run.trace_json().find("\"truncated\":true") != std::string::npos);
  CHECK(run.trace_text().find("(trace truncated: event limit reached)") != std::string::npos);
}

// Found by fuzz_run: the step budget ran out inside a called function, and the trace's output hook
// asked the frame that was current -- already back in the frame pool -- for its line while the final
// traceback was written.
TEST_CASE("a traced run that ends in an error inside a call writes its traceback safely", "[run][limits][trace]") {
  ls::RunOptions options = program(
      "def key(v):\n    return -v\n\nwhile True:\n    sorted(range(50), key=key)\n");
  options.trace = true;
  options.max_steps = 20000;
  ls::Run run(options);
  const ls::RunResult& r = finish(run);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("(the step budget)") != std::string::npos);
  CHECK(run.trace_json().find("\"kind\":\"output\"") != std::string::npos);
}
