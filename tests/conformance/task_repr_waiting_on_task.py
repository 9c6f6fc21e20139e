# Task repr when it waits on another task, on a gather future, and on a plain future with no callbacks besides the task wakeup.
import asyncio


async def inner():
    await asyncio.sleep(100)


async def outer(t):
    await t


async def on_future(f):
    return await f


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(inner(), name="inner")
    b = asyncio.create_task(outer(a), name="outer")
    f = loop.create_future()
    c = asyncio.create_task(on_future(f), name="on-future")
    await asyncio.sleep(0)
    print(a)
    print(b)
    print(c)
    f.set_result("v")
    print(c)
    await asyncio.sleep(0)
    print(c)
    a.cancel()
    await asyncio.gather(b, return_exceptions=True)
    print(a)
    print(b)


asyncio.run(main())
