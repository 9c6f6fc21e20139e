// asyncio.Runner / asyncio.run (runners.py).
#pragma once

#include "object/runtime.hpp"

namespace ls {

TypeObject* runner_type(Runtime& rt);
Value runner_run(Runtime& rt, const Value& runner, const Value& coro, const Value& context);
Value asyncio_run(Runtime& rt, const Value& main, const Value& debug);

// asyncio.run() and Runner in a green thread (_green_loop.py; see runner.cpp). `runner` must be
// an asyncio.Runner.
Value runner_thread_start(Runtime& rt, const Value& runner, const Value& coro, const Value& context);
Value runner_thread_close_begin(Runtime& rt, const Value& runner);
bool runner_thread_report(Runtime& rt, const Value& loop, const Value& tasks);
bool runner_thread_close_end(Runtime& rt, const Value& runner);

}  // namespace ls
