# gather returns results in argument order regardless of completion order; accepts coroutines, tasks and futures; duplicates share a task.
import asyncio


async def val(x, d):
    await asyncio.sleep(d)
    print("finished", x, "at", asyncio.get_running_loop().time())
    return x


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(1.5, f.set_result, "future")
    t = asyncio.create_task(val("task", 0.5))
    print(await asyncio.gather(val("c3", 3), t, f, val("c1", 1)))
    c = val("dup", 1)
    print(await asyncio.gather(c, c))
    print(await asyncio.gather())


asyncio.run(main())
