// The cancellation trace (issue #7): for scenarios from the seed questions and for each asyncio tool,
// who cancelled, through what, where the CancelledError was delivered and where it was caught — and
// the diagnostics, each tied to its line. Programs are small and line numbers matter: the first line of
// each program is line 1.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/run.hpp"
#include "core/trace/recorder.hpp"

namespace {

using ls::EventKind;

struct Traced {
  ls::Run run;
  explicit Traced(const std::string& source) : run(options(source)) {
    int guard = 0;
    while (!run.advance(1 << 20) && ++guard < 1000) {
    }
  }
  static ls::RunOptions options(const std::string& source) {
    ls::RunOptions o;
    o.source = source;
    o.trace = true;
    return o;
  }
  const ls::Recorder& rec() const { return *run.recorder(); }

  // The provenance sentences of the CancelledErrors delivered into tasks running `coro`.
  std::vector<std::string> why(const std::string& coro) const {
    std::vector<std::string> out;
    for (uint32_t seq = 0; seq < rec().events().size(); ++seq) {
      const ls::TraceEvent& e = rec().events()[seq];
      if (e.kind != EventKind::CancelDelivered) continue;
      const ls::TraceTask* t = rec().task(e.task);
      if (t && t->coro == coro) out.push_back(rec().explain(seq));
    }
    return out;
  }
  // "kind@line: message" for every diagnostic.
  std::vector<std::string> diagnostics() const {
    std::vector<std::string> out;
    for (const ls::TraceEvent& e : rec().events()) {
      if (e.kind != EventKind::Diagnostic) continue;
      static const char* names[] = {"swallowed_cancel", "lost_result", "exception_never_retrieved",
                                    "destroyed_pending", "never_awaited", "pending_at_loop_close"};
      std::string text = e.text >= 0 ? rec().strings()[static_cast<size_t>(e.text)] : "";
      out.push_back(std::string(names[e.sub]) + "@" + std::to_string(e.line) + ": " + text);
    }
    return out;
  }
  // Lines where tasks running `coro` caught a CancelledError.
  std::vector<int> caught(const std::string& coro) const { return lines_of(EventKind::CancelCaught, coro); }
  std::vector<int> swallowed(const std::string& coro) const { return lines_of(EventKind::CancelSwallowed, coro); }
  std::vector<int> lines_of(EventKind kind, const std::string& coro) const {
    std::vector<int> out;
    for (const ls::TraceEvent& e : rec().events()) {
      const ls::TraceTask* t = rec().task(e.task);
      if (e.kind == kind && t && t->coro == coro) out.push_back(e.line);
    }
    return out;
  }
  size_t count(EventKind kind) const {
    size_t n = 0;
    for (const ls::TraceEvent& e : rec().events()) n += e.kind == kind;
    return n;
  }
};

using V = std::vector<std::string>;

// The seed's first question: is it me, or the task I await, that was cancelled?
const char* kCancelMe = R"(import asyncio

async def cancel_me():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        raise
    finally:
        print('cancel_me(): after sleep')

async def main():
    task = asyncio.create_task(cancel_me())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main(): cancel_me is cancelled now")

asyncio.run(main())
)";

}  // namespace

TEST_CASE("trace: the awaited task was cancelled, not me", "[trace]") {
  Traced t(kCancelMe);
  CHECK(t.run.result().out == "cancel_me(): after sleep\nmain(): cancel_me is cancelled now\n");
  CHECK(t.why("main") == V{"main() got CancelledError at line 16 because Task-2 (cancel_me) was cancelled by main() at line 14"});
  CHECK(t.why("cancel_me") == V{"cancel_me() got CancelledError at line 5 because cancel_me() itself was cancelled by main() at line 14"});
  CHECK(t.caught("cancel_me") == std::vector<int>{6});
  CHECK(t.caught("main") == std::vector<int>{17});
  CHECK(t.swallowed("main").empty());  // main caught Task-2's news, not its own cancellation
  CHECK(t.diagnostics().empty());
  const ls::TraceTask* child = t.rec().task(t.rec().tasks()[1].id);
  REQUIRE(child);
  CHECK(child->name == "Task-2");
  CHECK(child->line == 12);
  CHECK(child->state == "cancelled");
  CHECK(child->parent == t.rec().tasks()[0].id);
}

TEST_CASE("trace: I was cancelled (asyncio.run shutdown, a parent, Ctrl+C)", "[trace]") {
  SECTION("leftover tasks are cancelled by asyncio.run()") {
    Traced t(R"(import asyncio

async def worker():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(1)

asyncio.run(main())
)");
    CHECK(t.why("worker") == V{"worker() got CancelledError at line 5 because worker() itself was cancelled by asyncio.run() shutdown at line 14"});
    CHECK(t.caught("worker") == std::vector<int>{6});
  }
  SECTION("cancelling the outer task cancels the task it awaits") {
    Traced t(R"(import asyncio

async def inner():
    await asyncio.sleep(10)

async def outer():
    await asyncio.create_task(inner())

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass

asyncio.run(main())
)");
    CHECK(t.why("inner") == V{"inner() got CancelledError at line 4 because Task-2 (outer) was cancelled by main() at line 12 and passed the cancellation on to it"});
    CHECK(t.why("outer") == V{"outer() got CancelledError at line 7 because outer() itself was cancelled by main() at line 12 (the CancelledError came back through Task-3 (inner), which it awaited)"});
    CHECK(t.why("main") == V{"main() got CancelledError at line 14 because Task-2 (outer) was cancelled by main() at line 12"});
  }
  SECTION("a chain of awaited tasks") {
    Traced t(R"(import asyncio

async def leaf():
    await asyncio.sleep(10)

async def middle(t):
    await t

async def main():
    a = asyncio.create_task(leaf())
    b = asyncio.create_task(middle(a))
    await asyncio.sleep(1)
    a.cancel()
    try:
        await b
    except asyncio.CancelledError:
        pass

asyncio.run(main())
)");
    CHECK(t.why("main") == V{"main() got CancelledError at line 15 because Task-2 (leaf) was cancelled by main() at line 13 (the CancelledError reached it through Task-3 (middle), which it awaited)"});
  }
}

TEST_CASE("trace: the seed's detect_cancel tells child from parent", "[trace]") {
  std::string program = R"(import asyncio, sys

class ChildCancelled(asyncio.CancelledError):
    pass

async def detect_cancel(task):
    cont = asyncio.get_event_loop().create_future()
    def on_done(_):
        if task.cancelled():
            cont.set_exception(ChildCancelled())
        elif task.exception() is not None:
            cont.set_exception(task.exception())
        else:
            cont.set_result(task.result())
    task.add_done_callback(on_done)
    await cont

async def cancel_me():
    try:
        await asyncio.sleep(3600)
    finally:
        print('cancel_me(): after sleep')

async def parent(task):
    await asyncio.sleep(.001)
    try:
        await detect_cancel(task)
    except ChildCancelled:
        print("parent(): child is cancelled now")
    except asyncio.CancelledError:
        print("parent(): I am cancelled")

async def main():
    loop = asyncio.get_event_loop()
    child_task = loop.create_task(cancel_me())
    parent_task = loop.create_task(parent(child_task))
    await asyncio.sleep(.1)
    WHO.cancel()
    await asyncio.sleep(.5)
    child_task.cancel()

asyncio.get_event_loop().run_until_complete(main())
)";
  SECTION("the parent") {
    std::string src = program;
    src.replace(src.find("WHO"), 3, "parent_task");
    Traced t(src);
    CHECK(t.run.result().out == "parent(): I am cancelled\ncancel_me(): after sleep\n");
    CHECK(t.why("parent") == V{"parent() got CancelledError at line 16 because parent() itself was cancelled by main() at line 38"});
  }
  SECTION("the child") {
    std::string src = program;
    src.replace(src.find("WHO"), 3, "child_task");
    Traced t(src);
    CHECK(t.run.result().out == "cancel_me(): after sleep\nparent(): child is cancelled now\n");
    CHECK(t.why("cancel_me") == V{"cancel_me() got CancelledError at line 20 because cancel_me() itself was cancelled by main() at line 38"});
    // ChildCancelled was set as an exception, not delivered by a cancel(): parent() catches it as such.
    CHECK(t.why("parent").size() == 1);
    CHECK(t.caught("parent") == std::vector<int>{28});
  }
}

TEST_CASE("trace: gather", "[trace]") {
  Traced t(R"(import asyncio

async def child(n):
    await asyncio.sleep(n)

async def main():
    g = asyncio.gather(child(5), child(6))
    await asyncio.sleep(1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

asyncio.run(main())
)");
  CHECK(t.why("main") == V{"main() got CancelledError at line 11 because the _GatheringFuture it awaited was cancelled by main() at line 9"});
  CHECK(t.why("child") == V{
      "child() got CancelledError at line 4 because a _GatheringFuture was cancelled by main() at line 9, and gather() passed the cancellation on",
      "child() got CancelledError at line 4 because a _GatheringFuture was cancelled by main() at line 9, and gather() passed the cancellation on"});
}

TEST_CASE("trace: gather passes a child's cancellation to its awaiter", "[trace]") {
  Traced t(R"(import asyncio

async def child(n):
    await asyncio.sleep(n)

async def main():
    a = asyncio.ensure_future(child(5))
    b = asyncio.ensure_future(child(6))
    g = asyncio.gather(a, b)
    await asyncio.sleep(1)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    b.cancel()

asyncio.run(main())
)");
  REQUIRE(t.why("main").size() == 1);
  CHECK(t.why("main")[0] == "main() got CancelledError at line 13 because Task-2 (child) was cancelled by main() at line 11 (through the _GatheringFuture it awaited)");
}

TEST_CASE("trace: wait_for, timeout, TaskGroup", "[trace]") {
  SECTION("wait_for cancels the inner task on timeout") {
    Traced t(R"(import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    try:
        await asyncio.wait_for(slow(), 1)
    except asyncio.TimeoutError:
        print("timed out")

asyncio.run(main())
)");
    CHECK(t.why("slow") == V{"slow() got CancelledError at line 4 because slow() itself was cancelled by wait_for() at line 8"});
  }
  SECTION("asyncio.timeout: the timer set at the async with cancels the task, which uncancels") {
    Traced t(R"(import asyncio

async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout")

asyncio.run(main())
)");
    CHECK(t.why("main") == V{"main() got CancelledError at line 6 because main() itself was cancelled by the timeout set at line 5"});
    CHECK(t.count(EventKind::Uncancelled) == 1);
    CHECK(t.count(EventKind::TimeoutConverted) == 1);
    CHECK(t.swallowed("main").empty());
    CHECK(t.diagnostics().empty());
  }
  SECTION("a failing child makes the TaskGroup cancel its siblings and its parent") {
    Traced t(R"(import asyncio

async def child(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError("boom")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(5))
            tg.create_task(child(2))
    except* ValueError:
        print("group failed")

asyncio.run(main())
)");
    CHECK(t.run.result().out == "group failed\n");
    CHECK(t.why("child") == V{"child() got CancelledError at line 4 because child() itself was cancelled by its TaskGroup when Task-3 (child) failed"});
    CHECK(t.why("main") == V{"main() got CancelledError at line 10 because main() itself was cancelled by its TaskGroup when Task-3 (child) failed"});
    // 3.11's TaskGroup never uncancels a parent it cancelled while already in __aexit__ (3.12
    // fixed that): main() really ends with cancelling() == 1, and the trace says so.
    CHECK(t.diagnostics() == V{"swallowed_cancel@10: cancel() was requested but the task finished normally (the CancelledError was swallowed)"});
  }
}

TEST_CASE("trace: shield absorbs the outer cancellation", "[trace]") {
  Traced t(R"(import asyncio

async def work():
    await asyncio.sleep(2)
    return 42

async def main():
    inner = asyncio.create_task(work())

    async def wait_shielded():
        return await asyncio.shield(inner)

    waiter = asyncio.create_task(wait_shielded())
    await asyncio.sleep(1)
    waiter.cancel()
    await asyncio.sleep(0)
    print(await inner)

asyncio.run(main())
)");
  CHECK(t.run.result().out == "42\n");
  CHECK(t.count(EventKind::ShieldAbsorbed) == 1);
  CHECK(t.why("work").empty());
}

TEST_CASE("trace: queue getter cancelled", "[trace]") {
  Traced t(R"(import asyncio

async def consumer(q):
    while True:
        print("got", await q.get())

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await q.put(1)
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
)");
  CHECK(t.why("consumer") == V{"consumer() got CancelledError at line 5 because consumer() itself was cancelled by main() at line 12"});
}

TEST_CASE("trace: diagnostics", "[trace]") {
  SECTION("a task swallows its cancellation") {
    Traced t(R"(import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        pass
    return 1

async def main():
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s)

asyncio.run(main())
)");
    CHECK(t.run.result().out == "1\n");
    CHECK(t.swallowed("stubborn") == std::vector<int>{5});
    CHECK(t.diagnostics() ==
          V{"swallowed_cancel@5: cancel() was requested but the task finished normally (the CancelledError was swallowed)"});
  }
  SECTION("the seed's lost data: the awaited future had a result, the task is cancelled first") {
    Traced t(R"(import asyncio

async def wait(fut):
    return await fut

async def test():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(wait(fut))
    await asyncio.sleep(0.1)
    fut.set_result('data')
    task.cancel()
    await asyncio.sleep(0.1)
    print(task)

asyncio.run(test())
)");
    CHECK(t.diagnostics() ==
          V{"lost_result@4: Task-2 (wait) was cancelled after the future it awaited completed with 'data': that result is lost"});
  }
  SECTION("exception never retrieved, coroutine never awaited, destroyed pending") {
    Traced t(R"(import asyncio

async def boom():
    raise ValueError("x")

async def forever():
    await asyncio.Event().wait()

async def main():
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del b
    boom()
    asyncio.create_task(forever())
    await asyncio.sleep(0)

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
)");
    V d = t.diagnostics();
    REQUIRE(d.size() >= 3);
    CHECK(d[0] == "exception_never_retrieved@4: Task-2 (boom) failed with ValueError('x') and nobody retrieved it");
    CHECK(d[1] == "never_awaited@13: coroutine 'boom' was never awaited");
    CHECK(d[2] == "pending_at_loop_close@7: Task-3 (forever) was still pending when its event loop closed");
  }
}

TEST_CASE("trace: output sits on the timeline and stdout is unchanged", "[trace]") {
  Traced t(kCancelMe);
  CHECK(t.count(EventKind::Output) == 2);
  ls::RunOptions plain;
  plain.source = kCancelMe;
  ls::RunResult r = ls::run_program(plain);
  CHECK(r.out == t.run.result().out);
  CHECK(r.err == t.run.result().err);
}

TEST_CASE("trace: the JSON is identical between runs", "[trace]") {
  Traced a(kCancelMe), b(kCancelMe);
  std::string ja = a.run.trace_json();
  CHECK(ja == b.run.trace_json());
  CHECK(ja.rfind("{\"format\":\"loopscope-trace\",\"version\":1,", 0) == 0);
  CHECK(ja.find("\"provenance\":[\"main() got CancelledError at line 16\",\"because Task-2 (cancel_me) was cancelled by main() at line 14\"]") !=
        std::string::npos);
  CHECK(a.run.trace_perfetto() == b.run.trace_perfetto());
  CHECK(a.run.trace_text() == b.run.trace_text());
}

TEST_CASE("trace: off records nothing", "[trace]") {
  ls::RunOptions o;
  o.source = kCancelMe;
  ls::Run run(o);
  while (!run.advance(1 << 20)) {
  }
  CHECK(run.recorder() == nullptr);
  CHECK(run.trace_json().empty());
}

TEST_CASE("trace: the text timeline's indentation stays bounded however many tasks run", "[trace]") {
  // Each task's lines were indented two spaces per earlier task: 10,000 cancelled tasks made an 800 MB
  // timeline and the WebAssembly build ran out of memory in traceText(). Now the indentation stops at a
  // fixed depth and the text grows with the number of events, not events x tasks.
  Traced t(
      "import asyncio\nasync def sleeper():\n    await asyncio.sleep(3600)\nasync def main():\n"
      "    tasks = [asyncio.create_task(sleeper()) for _ in range(2000)]\n    await asyncio.sleep(0)\n"
      "    for x in tasks:\n        x.cancel()\n    await asyncio.gather(*tasks, return_exceptions=True)\n"
      "    print('done')\nasyncio.run(main())\n");
  CHECK(t.run.result().out == "done\n");
  const std::string text = t.run.trace_text();
  size_t lines = 0, widest_indent = 0, pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    // "    12.345  " then the indentation, then the task's name.
    size_t name = text.find_first_not_of(' ', pos + 12);
    if (name != std::string::npos && name < end) widest_indent = std::max(widest_indent, name - (pos + 12));
    ++lines;
    pos = end + 1;
  }
  CHECK(lines > 8000);
  CHECK(widest_indent == 40);  // twenty levels
  CHECK(text.size() < lines * 200);
  // The first tasks still get their own levels, in creation order.
  CHECK(text.find("\n     0.000      Task-2: created (sleeper()) by Task-1 at line 5\n") != std::string::npos);
  CHECK(text.find("\n     0.000        Task-3: created (sleeper()) by Task-1 at line 5\n") != std::string::npos);
  CHECK(text.find("\n     0.000                                          Task-2001: created (sleeper()) by Task-1 at line 5\n") !=
        std::string::npos);
}

TEST_CASE("trace: a runaway program's trace stops at its ceiling, the program goes on", "[trace]") {
  ls::RunOptions o;
  o.source = "import asyncio\nasync def main():\n    for i in range(2000):\n        await asyncio.sleep(0)\n    print('done')\nasyncio.run(main())\n";
  o.trace = true;
  o.trace_event_limit = 1000;
  ls::Run run(o);
  while (!run.advance(1 << 20)) {
  }
  CHECK(run.result().out == "done\n");
  REQUIRE(run.recorder() != nullptr);
  CHECK(run.recorder()->truncated());
  CHECK(run.recorder()->events().size() == 1000);
  CHECK(run.trace_json().find("\"truncated\":true") != std::string::npos);
}

TEST_CASE("trace: tasks carry the name the program gave them", "[trace]") {
  Traced t(R"(import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    a = asyncio.create_task(work(), name="fetcher")
    b = asyncio.get_running_loop().create_task(work(), name="parser")
    c = asyncio.create_task(work())
    c.set_name("renamed")
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)

asyncio.run(main())
)");
  std::vector<std::string> names;
  for (const ls::TraceTask& task : t.rec().tasks())
    if (!task.internal) names.push_back(task.name);
  CHECK(names == V{"Task-1", "fetcher", "parser", "renamed"});
  CHECK(t.why("work") == V{"work() got CancelledError at line 4 because work() itself was cancelled by main() at line 12"});
}
