# [sleep] sleep(0) yields exactly once and returns its result; sleep(delay, result) wakes at the deadline with the result; negative delays; cancelling a sleep cancels its timer
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0), await asyncio.sleep(0, "zero"), await asyncio.sleep(0, result=[1]))
    print(await asyncio.sleep(1.5, "one and a half"), loop.time())
    print(await asyncio.sleep(-3, "negative"), loop.time())
    print(await asyncio.sleep(2, result={"k": 1}), loop.time())
    log = []

    async def s(name, d):
        r = await asyncio.sleep(d, name)
        log.append(f"{r}@{loop.time()}")

    await asyncio.gather(s("c", 3), s("a", 1), s("b", 2), s("a2", 1), s("z", 0))
    print(log)
    t = asyncio.create_task(asyncio.sleep(100, "never"))
    await asyncio.sleep(0)
    print("timers:", len(loop._scheduled), "waiting:", t._fut_waiter)
    t.cancel()
    await asyncio.sleep(0)
    print("after cancel:", t.cancelled(), "timer cancelled:", [h.cancelled() for h in loop._scheduled])
    await asyncio.sleep(0)
    print("time:", loop.time())
    coro = asyncio.sleep(1)
    print(type(coro).__name__, coro.__name__)
    coro.close()
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
