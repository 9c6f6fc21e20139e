// Green threads: executor jobs (loop.run_in_executor, asyncio.to_thread,
// concurrent.futures.ThreadPoolExecutor) as virtual threads on the virtual clock. See green.cpp.
#pragma once

#include <string>
#include <string_view>

#include "object/runtime.hpp"

namespace ls {

// Called when a job ended (in the thread, at its virtual end time): `ok` with the result in
// `outcome`, else the exception. `target` is what green_submit was given. False with an error
// set if delivering failed.
using GreenDeliver = bool (*)(Runtime& rt, const Value& target, bool ok, const Value& outcome);

// A pool of workers: `max_workers` jobs run at once, later ones wait in a queue. `loop`: the
// loop whose default executor this is (null for a ThreadPoolExecutor's). Returns its id.
// Its worker threads are named prefix_N (N from 0, as ThreadPoolExecutor names them).
int64_t green_new_pool(Runtime& rt, int64_t max_workers, const Value& loop, std::string_view prefix);
// The default executor's pool of `loop` (made on first use).
int64_t green_loop_pool(Runtime& rt, const Value& loop);
// Submits func(*args, **kwargs) (args a tuple, kwargs a dict or null) to the pool: it starts at
// once when a worker is free, running until it first blocks. With `notify_cancel`, the job first
// calls target.set_running_or_notify_cancel() and is skipped when that returns False (a
// concurrent.futures work item).
bool green_submit(Runtime& rt, int64_t pool, const Value& func, const Value& args, const Value& kwargs,
                  GreenDeliver deliver, const Value& target, bool notify_cancel);

// threading.Thread.start(): `func` (the thread's bootstrap, called without arguments) runs as a
// green thread of its own, at once until it first blocks. `thread` is the Thread object (its
// name is the thread's name); `deliver(thread, ok, outcome)` is called when the thread ended, at
// its clock's end time. Daemon threads are not waited for at exit. Sets *ident.
bool green_start_thread(Runtime& rt, const Value& func, const Value& thread, bool daemon, GreenDeliver deliver,
                        int64_t* ident);
// The Thread object of the running threading.Thread (null when the running code is not in one).
Value green_current_thread(Runtime& rt);

// Can the running green thread suspend its chain from here (its dispatch loop is the one running,
// no native frame in between)?
bool green_can_suspend(Runtime& rt);
// In a green thread whose chain can suspend here: the function `name` of _green_loop.py runs in
// place of the calling built-in (vm_tail_call) and None is returned; a null Value without an
// error when the caller is not such a thread (nothing done); null with an error set on failure.
Value green_loop_tail_call(Runtime& rt, const char* name, std::vector<Value> args);
// Is a green thread running now (the code calling this is in one)?
bool green_in_thread(Runtime& rt);
// Are there threads that have not finished?
bool green_any(Runtime& rt);
// Are the pool's jobs all finished (none running or queued)?
bool green_pool_idle(Runtime& rt, int64_t pool);
// The earliest virtual time at which a waiting thread wakes; false when none waits.
bool green_next_wake(Runtime& rt, double* when);
// Runs the threads whose wake-up time has come (in wake-up order). False with an error set when
// the run must stop (a limit, KeyboardInterrupt).
bool green_run_due(Runtime& rt);
// time.sleep(secs): in a thread, its own clock moves and its chain suspends when it can; on the
// main thread with threads waiting, they run as the clock passes their wake-up times. Returns
// false when the plain clock advance applies (no threads); sets *ok false on error.
bool green_sleep(Runtime& rt, double secs, bool* ok);
// Blocks the calling (main) thread until pred() is true, running the threads as the clock
// moves; `timeout` < 0 means none. 1: pred() became true; 0: timed out, or nothing can make
// it true (no thread left); -1: error.
int green_wait(Runtime& rt, const Value& pred, double timeout);
// A blocking wait of threading/queue (Event.wait, Lock.acquire, Queue.get...) until pred() is
// true, `timeout` < 0 meaning none. In a thread that can suspend: it waits (suspended) until
// pred() is true or its clock reaches the timeout, and None is returned at once (the caller
// checks pred() again when it resumes). Elsewhere as green_wait: True/False; null on error.
Value green_block(Runtime& rt, const Value& pred, double timeout);
// The running thread's name ("asyncio_0", "ThreadPoolExecutor-0_1") and identifier; false on
// the main thread.
bool green_thread_identity(Runtime& rt, std::string* name, int64_t* ident);
// Interpreter shutdown: the remaining threads run to their end (CPython joins the executors'
// workers and the non-daemon threads before atexit callbacks); daemon threads are left as they
// are once no other thread is left (green_discard_all then unwinds them).
void green_finish_all(Runtime& rt);
// At the run's end: the jobs still suspended (the run was stopped by a limit, or they wait for
// what nothing can bring) are unwound as an aborted run unwinds, no handler running, so their
// frames are released.
void green_discard_all(Runtime& rt);
// Asks the loop's default pool to resolve `fut` (an asyncio future of that loop, through
// call_soon_threadsafe) when it is idle. False: it is idle already.
bool green_notify_idle(Runtime& rt, const Value& loop, const Value& fut);

// Has `loop` a default executor (run_in_executor(None, ...) was used, or set_default_executor)?
bool green_loop_has_pool(Runtime& rt, const Value& loop);

// loop.set_default_executor(executor): the executor run_in_executor(None, ...) uses for `loop`
// (null when none was set).
void green_set_loop_executor(Runtime& rt, const Value& loop, const Value& executor);
Value green_loop_executor(Runtime& rt, const Value& loop);

}  // namespace ls
