// The interpreter's mechanisms: heap frames (no C++ recursion per await), generator
// send/throw/close, the cycle collector, exception chaining, limits, determinism.
//
// Most cases run a Python program through ls::run_program and compare its output; the ones that
// look inside (native dispatch depth, heap peak) drive a Runtime directly with `Interp`, the
// same steps Run takes.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "core/run.hpp"
#include "lang/compiler.hpp"
#include "lang/frame.hpp"
#include "lang/traceback.hpp"
#include "lang/vm.hpp"
#include "modules/registry.hpp"
#include "object/dict.hpp"
#include "object/gc.hpp"
#include "object/module.hpp"
#include "object/runtime.hpp"

#if !defined(__EMSCRIPTEN__)
#include <pthread.h>
#endif

namespace {

ls::RunResult run(const std::string& source, int64_t max_steps = 0) {
  ls::RunOptions options;
  options.filename = "main.py";
  options.source = source;
  options.max_steps = max_steps;
  return ls::run_program(std::move(options));
}

// A runtime driven step by step, for the tests that inspect the VM and the heap.
struct Interp {
  std::unique_ptr<ls::Runtime> rt = std::make_unique<ls::Runtime>();
  std::string out, err;

  Interp() {
    rt->write_output = [this](ls::OutStream s, std::string_view text) {
      (s == ls::OutStream::Stdout ? out : err).append(text);
    };
    ls::init_interpreter(*rt);
    ls::init_modules(*rt, "main.py", {});
  }

  // Runs `source` as __main__; returns true when it ended without an uncaught exception.
  bool exec(const std::string& source) {
    ls::Runtime& r = *rt;
    ls::register_source(r, "main.py", source);
    ls::CompileResult cr = ls::compile_source(r, source, "main.py");
    if (cr.error) {
      err += ls::format_syntax_error(*cr.error, "main.py");
      return false;
    }
    ls::Value globals = ls::as_module(r.vm->main_module)->dict;
    ls::Value result = ls::exec_code(r, cr.code, globals, globals);
    if (!result) {
      ls::Value exc = r.take_error();
      if (exc) ls::print_exception(r, exc);
      return false;
    }
    return true;
  }

  ~Interp() {
    ls::Runtime& r = *rt;
    if (r.vm) {
      r.vm->current = nullptr;
      ls::dict_clear(r, ls::as_dict(ls::as_module(r.vm->main_module)->dict));
      ls::gc_collect(r);
      r.clear_error();
      r.module_state.clear();
      ls::gc_collect(r);
      r.clear_error();
      ls::shutdown_interpreter(r);
    }
    if (r.builtins_module) {
      ls::decref(r.builtins_module);
      r.builtins_module = nullptr;
    }
    r.write_output = nullptr;
  }
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Frames on the heap

TEST_CASE("a 10000-deep chain of awaiting coroutines resumes in one dispatch loop", "[interp][frames]") {
  Interp in;
  in.rt->vm->peak_native_depth = 0;
  bool ok = in.exec(R"(
import sys
sys.setrecursionlimit(20000)
class Suspend:
    def __await__(self):
        return (yield 'paused')
async def chain(n):
    if n == 0:
        return await Suspend()
    return 1 + await chain(n - 1)
c = chain(10000)
steps = 0
value = None
try:
    while True:
        c.send(value)
        value = steps
        steps += 1
except StopIteration as e:
    print('result', e.value, 'after', steps, 'suspension(s)')
)");
  INFO(in.err);
  REQUIRE(ok);
  CHECK(in.out == "result 10000 after 1 suspension(s)\n");
  // The module's loop plus one loop per C++ -> Python entry (coro.send from the module is a
  // native call that runs the whole chain inside one nested loop): never one per coroutine.
  CHECK(in.rt->vm->peak_native_depth <= 3);
}

TEST_CASE("deep Python recursion does not recurse on the C++ stack", "[interp][frames]") {
  Interp in;
  in.rt->vm->peak_native_depth = 0;
  bool ok = in.exec(R"(
import sys
sys.setrecursionlimit(15000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(12000))
def gen(n):
    if n:
        yield from gen(n - 1)
    yield n
print(sum(1 for _ in gen(5000)))
)");
  INFO(in.err);
  REQUIRE(ok);
  CHECK(in.out == "12000\n5001\n");
  CHECK(in.rt->vm->peak_native_depth <= 3);
}

#if !defined(__EMSCRIPTEN__)
namespace {
struct ThreadRun {
  std::string source;
  ls::RunResult result;
};
void* run_on_thread(void* arg) {
  auto* t = static_cast<ThreadRun*>(arg);
  t->result = run(t->source);
  return nullptr;
}
}  // namespace

TEST_CASE("a deep await chain runs on a 1 MiB thread stack", "[interp][frames]") {
  ThreadRun t;
  t.source = R"(
import sys
sys.setrecursionlimit(20000)
async def leaf():
    return 1
async def chain(n):
    total = 0
    for i in range(n):
        total += await leaf()
    if n > 0:
        total += await chain(n - 1)
    return total
c = chain(3000)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
)";
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 1 << 20);
  pthread_t th;
  REQUIRE(pthread_create(&th, &attr, run_on_thread, &t) == 0);
  pthread_join(th, nullptr);
  pthread_attr_destroy(&attr);
  INFO(t.result.err);
  CHECK(t.result.exit_code == 0);
  CHECK(t.result.out == std::to_string(3000 * 3001 / 2) + "\n");
}
#endif

// ---------------------------------------------------------------------------------------------
// Generators

TEST_CASE("generator send, throw and close", "[interp][generators]") {
  ls::RunResult r = run(R"(
def g():
    got = yield 1
    print('got', got)
    try:
        yield 2
    except KeyError as e:
        print('caught', repr(e))
        yield 3
    finally:
        print('finally')
it = g()
print(next(it))
print(it.send('x'))
print(it.throw(KeyError('k')))
it.close()
print(it.gi_frame)
try:
    next(it)
except StopIteration:
    print('exhausted')
def h():
    try:
        yield
    except GeneratorExit:
        yield 'ignored'
x = h()
next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
def ret():
    yield 1
    return 'value'
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print('returned', e.value)
)");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "1\ngot x\n2\ncaught KeyError('k')\n3\nfinally\nNone\nexhausted\ngenerator ignored GeneratorExit\n"
        "returned value\n");
}

TEST_CASE("throw() walks a yield-from chain to the innermost generator", "[interp][generators]") {
  ls::RunResult r = run(R"(
def inner():
    try:
        yield 'inner'
    except ValueError:
        yield 'inner handled'
def middle():
    yield from inner()
def outer():
    r = yield from middle()
    yield 'after'
o = outer()
print(next(o))
print(o.throw(ValueError))
print(next(o))
print(next(o))
)");
  // The last next() finds the chain exhausted: an uncaught StopIteration.
  CHECK(r.exit_code == 1);
  CHECK(r.out == "inner\ninner handled\nafter\n");
  CHECK(r.err.find("StopIteration") != std::string::npos);
}

TEST_CASE("an abandoned generator runs its finally block when freed", "[interp][generators]") {
  ls::RunResult r = run(R"(
def g():
    try:
        yield 1
    finally:
        print('cleanup')
for v in g():
    break
print('after loop')
)");
  CHECK(r.out == "cleanup\nafter loop\n");
}

// ---------------------------------------------------------------------------------------------
// Memory

TEST_CASE("a million short-lived objects keep the heap small", "[interp][gc]") {
  Interp in;
  bool ok = in.exec(R"(
class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None
total = 0
for i in range(1000000):
    n = Node(i)
    total += n.v
for i in range(200000):
    a = Node(1)
    b = Node(2)
    a.peer = b
    b.peer = a
print(total)
)");
  INFO(in.err);
  REQUIRE(ok);
  CHECK(in.out == "499999500000\n");
  // A million live Nodes would need well over 100 MB; short-lived ones and collected cycles
  // keep the peak near the working set.
  CHECK(in.rt->heap.peak < size_t(32) << 20);
}

TEST_CASE("cycles of instances with __del__ are collected and finalized", "[interp][gc]") {
  Interp in;
  bool ok = in.exec(R"(
deleted = []
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        deleted.append(self.name)
for i in range(3):
    a = C('a%d' % i)
    b = C('b%d' % i)
    a.other = b
    b.other = a
del a, b
)");
  REQUIRE(ok);
  ls::gc_collect(*in.rt);
  REQUIRE(in.exec("print(sorted(deleted))\n"));
  CHECK(in.out == "['a0', 'a1', 'a2', 'b0', 'b1', 'b2']\n");
}

TEST_CASE("the memory ceiling raises MemoryError", "[interp][limits]") {
  Interp in;
  in.rt->heap.limit = size_t(64) << 20;
  bool ok = in.exec(R"(
data = []
while True:
    data.append([0] * 10000)
)");
  CHECK_FALSE(ok);
  CHECK(in.err.find("MemoryError") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Exceptions

TEST_CASE("implicit and explicit chaining", "[interp][exceptions]") {
  ls::RunResult r = run(R"(
try:
    try:
        {}['k']
    except KeyError as k:
        raise ValueError('v') from k
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise OSError
    except OSError:
        raise TypeError from None
except TypeError as e:
    print(e.__suppress_context__, type(e.__context__).__name__)
)");
  INFO(r.err);
  CHECK(r.out == "KeyError('k') KeyError('k') True\nZeroDivisionError None\nTrue OSError\n");
}

TEST_CASE("an uncaught chained exception prints both tracebacks", "[interp][exceptions]") {
  ls::RunResult r = run("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise KeyError('k')\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    1 / 0\n    ~~^~~\n"
        "ZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception "
        "occurred:\n\nTraceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n"
        "    raise KeyError('k')\nKeyError: 'k'\n");
}

// ---------------------------------------------------------------------------------------------
// Limits and determinism

TEST_CASE("a runaway loop stops within the step budget", "[interp][limits]") {
  ls::RunResult r = run("n = 0\nwhile True:\n    n += 1\n", 100000);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("step budget") != std::string::npos);
}

TEST_CASE("RecursionError at CPython's default depth", "[interp][limits]") {
  ls::RunResult r = run(R"(
import sys
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError as e:
    print(e, depth, sys.getrecursionlimit())
)");
  INFO(r.err);
  // 1000 frames counting the module's: f reaches depth 999.
  CHECK(r.out == "maximum recursion depth exceeded 999 1000\n");
}

TEST_CASE("the same program prints the same output twice", "[interp][determinism]") {
  const std::string program = R"(
class A: pass
objs = [A() for _ in range(5)]
print([id(o) % 100000 for o in objs] == [id(o) % 100000 for o in objs])
print(repr(objs[0])[:22], hash(objs[1]) == hash(objs[1]))
print({i * 7919 % 101 for i in range(20)})
print(sorted({'b': 1, 'a': 2}.items()), {str(i): i for i in range(5)})
print(object() is not object(), repr(object()))
)";
  ls::RunResult first = run(program);
  ls::RunResult second = run(program);
  INFO(first.err);
  CHECK(first.exit_code == 0);
  CHECK(first.out == second.out);
  CHECK(first.err == second.err);
}
