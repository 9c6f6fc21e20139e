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

// wait.cpp: asyncio.wait_for(fut, timeout) / wait(fs, timeout=, return_when=) -> coroutine;
// as_completed(fs, timeout=) -> generator of coroutines
Value toolkit_wait_for(Runtime& rt, const Value& fut, const Value& timeout);
Value toolkit_wait(Runtime& rt, const Value& fs, const Value& timeout, const Value& return_when);
Value toolkit_as_completed(Runtime& rt, const Value& fs, const Value& timeout);
// timeouts.cpp: asyncio.timeout(delay) / timeout_at(when) -> Timeout; the Timeout class
Value toolkit_timeout(Runtime& rt, const Value& delay);
Value toolkit_timeout_at(Runtime& rt, const Value& when);
TypeObject* toolkit_timeout_type(Runtime& rt);
// taskgroups.cpp: the TaskGroup class
TypeObject* toolkit_taskgroup_type(Runtime& rt);

// The names each toolkit file adds to the asyncio module (called by modules/asyncio.cpp).
void add_wait_names(Runtime& rt, const Value& m);        // wait, wait_for, as_completed
void add_timeout_names(Runtime& rt, const Value& m);     // timeout, timeout_at, Timeout
void add_taskgroup_names(Runtime& rt, const Value& m);   // TaskGroup
void add_queue_names(Runtime& rt, const Value& m);       // Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull
void add_lock_names(Runtime& rt, const Value& m);        // Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
void add_exception_names(Runtime& rt, const Value& m);   // BrokenBarrierError, IncompleteReadError, ...
void add_thread_names(Runtime& rt, const Value& m);      // to_thread, wrap_future, run_coroutine_threadsafe
void add_task_stack_names(Runtime& rt, const Value& m);  // Task.get_stack/print_stack, asyncio.base_tasks
void add_stream_names(Runtime& rt, const Value& m);      // streams.cpp: start_server, open_connection, Stream*, Server, protocols, transports
// asyncio.exceptions, asyncio.tasks, asyncio.queues... (after every name is in `m`)
void add_asyncio_submodules(Runtime& rt, const Value& m);

}  // namespace ls
