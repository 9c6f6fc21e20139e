// asyncio.Runner / asyncio.run (runners.py).
#pragma once

#include "object/runtime.hpp"

namespace ls {

TypeObject* runner_type(Runtime& rt);
Value runner_run(Runtime& rt, const Value& runner, const Value& coro, const Value& context);
Value asyncio_run(Runtime& rt, const Value& main, const Value& debug);

}  // namespace ls
