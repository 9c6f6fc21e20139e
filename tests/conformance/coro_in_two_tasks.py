# One coroutine object handed to two tasks: the second task's first step finds it suspended on
# sleep()'s future with _asyncio_future_blocking cleared, so the future is yielded again and both
# tasks wait on it; the first to wake finishes the coroutine, the second gets "cannot reuse
# already awaited coroutine" (CPython's FutureIter semantics).
import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    print("compute resumed")
    return x * 2

async def wait_on(fut):
    await fut

async def main():
    c = compute(1)
    t1 = asyncio.ensure_future(c)
    t2 = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(t1.done(), t2.done())
    print(await t1)
    await asyncio.sleep(0)
    print(t2.done(), repr(t2.exception()))
    # a plain future awaited by a coroutine two tasks drive
    fut = asyncio.get_running_loop().create_future()
    w = wait_on(fut)
    a = asyncio.ensure_future(w)
    b = asyncio.ensure_future(w)
    await asyncio.sleep(0)
    fut.set_result(5)
    await asyncio.sleep(0)
    print(a.result(), repr(b.exception()))

asyncio.run(main())
