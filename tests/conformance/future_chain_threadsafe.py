# asyncio.run_coroutine_threadsafe and asyncio.wrap_future as programs use them on one thread:
# CPython's futures._chain_future links the concurrent.futures.Future and the asyncio future
# (results, exceptions converted, cancellation both ways, completion through the loop).
import asyncio
import concurrent.futures


async def work(x, fail=False):
    await asyncio.sleep(0.1)
    if fail:
        raise ValueError(f"bad {x}")
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = asyncio.run_coroutine_threadsafe(work(3), loop)
    print(type(fut).__module__, type(fut).__name__, fut.done(), fut.running())
    await asyncio.sleep(0)
    print("after one step:", fut.running())
    await asyncio.sleep(0.2)
    print(fut.done(), fut.result(), loop.time())

    fut = asyncio.run_coroutine_threadsafe(work(4, fail=True), loop)
    await asyncio.sleep(0.2)
    print("exception:", repr(fut.exception()))

    # wrap_future of a concurrent Future completed later
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, af.done(), af.get_loop() is loop)
    loop.call_later(0.1, cf.set_result, 42)
    print(await af, loop.time())

    # the concurrent future set directly: the asyncio future completes through the loop
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    cf.set_result("now")
    print("set:", af.done())
    await asyncio.sleep(0)
    print("after a step:", af.done(), af.result())

    # cancelling the asyncio future cancels the concurrent one
    cf2 = concurrent.futures.Future()
    af2 = asyncio.wrap_future(cf2)
    af2.cancel()
    await asyncio.sleep(0)
    print("cf2 cancelled:", cf2.cancelled())

    # exceptions travel, concurrent.futures' CancelledError becomes asyncio's
    cf3 = concurrent.futures.Future()
    af3 = asyncio.wrap_future(cf3)
    loop.call_soon_threadsafe(cf3.set_exception, ValueError("bad"))
    try:
        await af3
    except ValueError as e:
        print("err", e)
    cf4 = concurrent.futures.Future()
    af4 = asyncio.wrap_future(cf4)
    cf4.cancel()
    try:
        await af4
    except asyncio.CancelledError as e:
        print("cancelled:", type(e).__module__, af4.cancelled())

    # run_coroutine_threadsafe from a callback, with a done callback on the concurrent future
    results = []

    def cb():
        f = asyncio.run_coroutine_threadsafe(work(5), loop)
        f.add_done_callback(lambda f: results.append((f.result(), loop.time())))
    loop.call_soon(cb)
    await asyncio.sleep(0.5)
    print(results)

    # cancelling the concurrent future cancels the task
    f = asyncio.run_coroutine_threadsafe(work(7), loop)
    await asyncio.sleep(0)
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print(len(tasks), tasks[0].get_coro().__qualname__)
    f.cancel()
    await asyncio.sleep(0)
    print(f.cancelled(), tasks[0].cancelling(), tasks[0].done())
    await asyncio.sleep(0)
    print(tasks[0].cancelled())

    # the coroutine fails before it starts (the loop is given by the caller)
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print(e)
    print(asyncio.wrap_future(af) is af)
    try:
        asyncio.wrap_future(1)
    except AssertionError as e:
        print("assert", e)
    print(asyncio.isfuture(cf), isinstance(cf, asyncio.Future))
    from asyncio import futures, tasks as tasks_mod
    print(futures.wrap_future is asyncio.wrap_future,
          tasks_mod.run_coroutine_threadsafe is asyncio.run_coroutine_threadsafe,
          asyncio.run_coroutine_threadsafe.__module__, asyncio.wrap_future.__module__)


asyncio.run(main())
