// The asyncio toolkit on top of futures and tasks (tasks.py's sleep, shield, gather, wait,
// wait_for, as_completed; timeouts.py; taskgroups.py; queues.py; locks.py), in C++ with
// CPython 3.11's semantics. Each returns the Python-visible object (a coroutine, a future...).
#pragma once

#include <vector>

#include "loop/asyncio.hpp"
#include "loop/native_coro.hpp"

namespace ls {

// asyncio.sleep(delay, result=None) -> coroutine
Value toolkit_sleep(Runtime& rt, const Value& delay, const Value& result);
// asyncio.shield(aw) -> future
Value toolkit_shield(Runtime& rt, const Value& aw);
// asyncio.gather(*aws, return_exceptions=False) -> _GatheringFuture
Value toolkit_gather(Runtime& rt, const std::vector<Value>& aws, bool return_exceptions);
// gather() over awaitables when the loop is known (used by the loop's own shutdown code).
Value gather_futures(Runtime& rt, const std::vector<Value>& aws, bool return_exceptions, const Value& loop);
// futures._set_result_unless_cancelled as a callable
Value set_result_unless_cancelled_fn(Runtime& rt);

}  // namespace ls
