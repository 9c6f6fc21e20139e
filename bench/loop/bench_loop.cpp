// The event loop's raw speed, driven directly through the core's C++ API (no interpreter): callbacks
// are native functions, task bodies are C++20 coroutines (loop/native_coro.hpp). Same workloads as
// bench_loop.py runs on CPython's asyncio; bench/loop/run.py runs both and prints the ratios.
//
//   bench_loop [RUNS [SCALE]]
//
// Prints one line per workload: NAME CHECK T1 T2 ... (CPU seconds per run). CHECK counts the work done
// (callbacks run, tasks finished, cancellations gathered) and must equal CPython's.
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "loop/asyncio.hpp"
#include "loop/native_coro.hpp"
#include "object/gc.hpp"
#include "object/list.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"

using namespace ls;

namespace {

// The process's CPU time (like Python's time.process_time()): machines running other work do not
// skew the comparison as wall time would.
struct Clock {
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};
double seconds_since(double t0) { return Clock::now() - t0; }

int64_t g_count = 0;

// A fresh runtime and loop per run, torn down like a LoopScope run is.
struct World {
  Runtime rt;
  Value loop;
  World() {
    rt.write_output = [](OutStream, std::string_view t) { std::fwrite(t.data(), 1, t.size(), stderr); };
    asyncio_state(rt);
    loop = new_event_loop(rt);
  }
  ~World() {
    rt.clear_error();
    as_loop(loop)->ready->clear();
    as_loop(loop)->scheduled->clear();
    loop.reset();
    gc_collect(rt);
    rt.module_state.clear();
    gc_collect(rt);
    rt.clear_error();
  }
  Value stop_fn() {
    return make_builtin_function(
        rt, "stop",
        [](Runtime& r, const Value& self, CallArgs) -> Value {
          loop_stop(as_loop(self));
          return r.None();
        },
        loop);
  }
  void check(bool ok, const char* what) {
    if (!ok) {
      std::fprintf(stderr, "bench_loop: %s failed\n", what);
      std::exit(1);
    }
  }
};

// 1M loop.call_soon(cb), then one loop iteration runs them all.
double call_soon_1m(double scale, int64_t* check) {
  World w;
  Runtime& rt = w.rt;
  int64_t n = static_cast<int64_t>(1000000 * scale);
  g_count = 0;
  Value cb = make_builtin_function(rt, "cb", [](Runtime& r, const Value&, CallArgs) -> Value {
    ++g_count;
    return r.None();
  });
  auto t0 = Clock::now();
  for (int64_t i = 0; i < n; ++i) w.check(static_cast<bool>(loop_call_soon(rt, w.loop, cb, Value(), Value())), "call_soon");
  w.check(static_cast<bool>(loop_call_soon(rt, w.loop, w.stop_fn(), Value(), Value())), "call_soon");
  w.check(loop_run_forever(rt, w.loop), "run_forever");
  double dt = seconds_since(t0);
  *check = g_count;
  return dt;
}

// for _ in range(n): await asyncio.sleep(0)  — sleep(0) is a bare yield.
NativeCoro sleeper(Runtime& rt, int n) {
  for (int i = 0; i < n; ++i) {
    Outcome r = co_await yield_now();
    if (r.failed()) co_return r;
  }
  co_return Outcome::ok(rt.None());
}

double tasks_sleep0(double scale, int64_t* check) {
  World w;
  Runtime& rt = w.rt;
  int64_t n = static_cast<int64_t>(100000 * scale);
  auto t0 = Clock::now();
  std::vector<Value> tasks;
  tasks.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    Value t = loop_create_task(rt, w.loop, wrap_native(rt, "sleeper", sleeper(rt, 10)), Value(), Value());
    w.check(static_cast<bool>(t), "create_task");
    tasks.push_back(std::move(t));
  }
  Value g = gather_futures(rt, tasks, false, w.loop);
  w.check(static_cast<bool>(g), "gather");
  w.check(static_cast<bool>(loop_run_until_complete(rt, w.loop, g)), "run_until_complete");
  double dt = seconds_since(t0);
  int64_t done = 0;
  for (const Value& t : tasks) done += as_future(t)->state == FutureState::Finished;
  *check = done;
  return dt;
}

// await asyncio.sleep(3600): a future resolved by a timer, the timer cancelled on the way out.
NativeCoro long_sleep(Runtime& rt, Value loop) {
  Value fut = new_future(rt, loop);
  Value h = loop_call_at(rt, loop, loop_time(rt, as_loop(loop)) + 3600, set_result_unless_cancelled_fn(rt),
                         make_tuple(rt, {fut, rt.None()}), Value());
  if (!h) co_return Outcome::from_error(rt);
  Outcome r = co_await await_future(rt, fut);
  handle_cancel(rt, as_handle(h));
  co_return r;
}

double cancel_gather(double scale, int64_t* check) {
  World w;
  Runtime& rt = w.rt;
  int64_t n = static_cast<int64_t>(20000 * scale);
  auto t0 = Clock::now();
  std::vector<Value> tasks;
  tasks.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    Value t = loop_create_task(rt, w.loop, wrap_native(rt, "long_sleep", long_sleep(rt, w.loop)), Value(), Value());
    w.check(static_cast<bool>(t), "create_task");
    tasks.push_back(std::move(t));
  }
  w.check(static_cast<bool>(loop_call_soon(rt, w.loop, w.stop_fn(), Value(), Value())), "call_soon");
  w.check(loop_run_forever(rt, w.loop), "run_forever");  // every task is now waiting in its sleep
  for (const Value& t : tasks) task_cancel(rt, as_task(t), Value());
  Value g = gather_futures(rt, tasks, true, w.loop);
  w.check(static_cast<bool>(g), "gather");
  Value results = loop_run_until_complete(rt, w.loop, g);
  w.check(static_cast<bool>(results), "run_until_complete");
  double dt = seconds_since(t0);
  int64_t cancelled = 0;
  ListObject* l = as_list(results);
  for (int64_t i = 0; i < l->size; ++i) cancelled += isinstance(rt, l->items[i], asyncio_state(rt).cancelled_error);
  *check = cancelled;
  return dt;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::atoi(argv[1]) : 5;
  double scale = argc > 2 ? std::atof(argv[2]) : 1.0;
  struct Work {
    const char* name;
    double (*fn)(double, int64_t*);
  };
  const Work works[] = {{"call_soon_1m", call_soon_1m},
                        {"tasks_100k_x10_sleep0", tasks_sleep0},
                        {"cancel_gather_20k", cancel_gather}};
  for (const Work& w : works) {
    std::string times;
    int64_t check = 0;
    for (int i = 0; i < runs; ++i) {
      char buf[32];
      std::snprintf(buf, sizeof buf, " %.6f", w.fn(scale, &check));
      times += buf;
    }
    std::printf("%s %lld%s\n", w.name, static_cast<long long>(check), times.c_str());
    std::fflush(stdout);
  }
  return 0;
}
