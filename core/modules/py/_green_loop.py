# An event loop run by a green thread (core/loop/green.cpp): loop.run_forever() and
# loop.run_until_complete() called in a started threading.Thread hand the call on to these
# functions (the CALL runs them in place of the built-in), whose frames belong to the thread's
# chain: when the loop has nothing to do, the thread waits suspended (green_block) until its next
# timer is due or another thread gives the loop work (call_soon_threadsafe, stop()), while the
# other threads -- the main one among them -- go on. One iteration is the loop's own
# (loop/loop.cpp); only the select's wait is here.

from _loopscope import (green_block as _green_block, loop_thread_begin as _begin, loop_thread_end as _end,
                        loop_thread_once as _once, loop_thread_wait as _wait)


def run_forever(loop):
    hooks = _begin(loop)
    try:
        while True:
            w = _wait(loop)
            if w is not None:
                _green_block(*w)  # suspends the thread until there is work or the timeout passed
            if _once(loop):
                break
    finally:
        _end(loop, hooks)


def run_until_complete(loop, future):
    import asyncio
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')
    if loop.is_running():
        raise RuntimeError('This event loop is already running')
    if asyncio._get_running_loop() is not None:
        raise RuntimeError('Cannot run the event loop while another loop is running')
    new_task = not asyncio.isfuture(future)
    future = asyncio.ensure_future(future, loop=loop)

    def _run_until_complete_cb(fut):
        if not fut.cancelled():
            exc = fut.exception()
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                return
        fut.get_loop().stop()

    future.add_done_callback(_run_until_complete_cb)
    try:
        run_forever(loop)
    except:
        if new_task and future.done() and not future.cancelled():
            future.exception()  # the exception was retrieved: no 'never retrieved' log
        raise
    finally:
        future.remove_done_callback(_run_until_complete_cb)
    if not future.done():
        raise RuntimeError('Event loop stopped before Future completed.')
    return future.result()


# asyncio.run(), Runner.run() and Runner.close() in a green thread: the runner's steps are the
# built-in's (loop/runner.cpp); each of its loop runs is a run_until_complete handed on as above.

def asyncio_run(main, debug):
    import asyncio
    runner = asyncio.Runner(debug=debug)
    try:
        return runner.run(main)
    finally:
        runner.close()


def runner_run(runner, coro, context):
    from _loopscope import runner_thread_start
    loop, task = runner_thread_start(runner, coro, context)
    return loop.run_until_complete(task)


def runner_close(runner):
    from _loopscope import runner_thread_close_begin, runner_thread_report, runner_thread_close_end
    started = runner_thread_close_begin(runner)
    if started is None:
        return
    loop, gathered, tasks = started
    try:
        if gathered is not None:
            loop.run_until_complete(gathered)
            runner_thread_report(loop, tasks)
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        runner_thread_close_end(runner)
