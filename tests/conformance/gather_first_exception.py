# gather without return_exceptions raises the first exception; the other children keep running and are not cancelled.
import asyncio


async def fail(d):
    await asyncio.sleep(d)
    raise ValueError(f"failed after {d}")


async def work(d):
    await asyncio.sleep(d)
    print("work", d, "finished at", asyncio.get_running_loop().time())
    return d


async def main():
    a = asyncio.create_task(work(5))
    b = asyncio.create_task(fail(1))
    c = asyncio.create_task(fail(2))
    g = asyncio.gather(a, b, c)
    try:
        await g
    except ValueError as e:
        print("gather raised:", e, "at", asyncio.get_running_loop().time())
    print("a cancelled?", a.cancelled(), "g done:", g.done())
    await asyncio.sleep(10)
    print("a result:", a.result(), "c exception:", c.exception())


asyncio.run(main())
