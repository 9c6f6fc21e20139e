# [toolkit][gather] gather(): results in argument order; return_exceptions=True puts exceptions (and a CancelledError for a cancelled child) in the list; False propagates the first exception and leaves the others running
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    print("order:", await asyncio.gather(job("a", 3), job("b", 1), job("c", 2)))

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.5, f.cancel)
    res = await asyncio.gather(job("a", 1), job("b", 2, fail=True), f, return_exceptions=True)
    print("return_exceptions=True:", [type(r).__name__ for r in res], res[0], res[1])

    t1 = asyncio.create_task(job("slow", 5))
    t2 = asyncio.create_task(job("bad", 1, fail=True))
    t3 = asyncio.create_task(job("worse", 2, fail=True))
    try:
        await asyncio.gather(t1, t2, t3)
    except ValueError as e:
        print("return_exceptions=False raised:", e, "at", loop.time())
    print("others done yet:", t1.done(), t3.done())
    await asyncio.sleep(10)
    print("later:", t1.result(), repr(t3.exception()))


asyncio.run(main())
