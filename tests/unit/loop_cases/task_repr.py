# [task] task reprs in every state: pending (first step not run), running at a line with wait_for, cancelling, cancelled, finished with result / exception, named
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)
    return delay * 2


async def failing():
    await asyncio.sleep(1)
    raise ValueError("bad")


async def waits(f):
    return await f


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker(5))
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(repr(t._fut_waiter))
    await t
    print(t)
    f = loop.create_task(failing(), name="failer")
    await asyncio.sleep(2)
    print(f)
    f.exception()
    c = asyncio.create_task(worker(10))
    await asyncio.sleep(1)
    c.cancel()
    print(c)
    await asyncio.sleep(0)
    print(c)
    fut = loop.create_future()
    w = asyncio.create_task(waits(fut), name="waiter")
    await asyncio.sleep(0)
    print(w)
    print(fut)
    fut.set_result("x" * 50)
    print(fut)
    await w
    print(w)
    inner = asyncio.create_task(worker(1), name="inner")
    outer = asyncio.create_task(waits(inner), name="outer")
    await asyncio.sleep(0)
    print(outer)
    await outer
    print(outer)
    me = asyncio.current_task()
    print(repr(me).split(" cb=[")[0])


asyncio.run(main())
