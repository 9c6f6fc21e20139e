# [toolkit][as_completed] as_completed(): yields awaitables in completion order; with timeout= the awaitable that is not done in time raises TimeoutError; duplicates are merged; a bare future is a TypeError
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    for f in asyncio.as_completed([job("c", 3), job("a", 1), job("b", 2, fail=True)]):
        try:
            print("got", await f, "at", loop.time())
        except ValueError as e:
            print("raised", repr(e), "at", loop.time())

    start = loop.time()
    tasks = [asyncio.create_task(job("fast", 1)), asyncio.create_task(job("slow", 10))]
    try:
        for f in asyncio.as_completed(tasks, timeout=2):
            print("in time:", await f)
    except asyncio.TimeoutError:
        print("TimeoutError after", loop.time() - start, "slow cancelled?", tasks[1].cancelled())
    print("slow finishes:", await tasks[1])

    t = asyncio.create_task(job("dup", 1))
    print("duplicates:", [await f for f in asyncio.as_completed([t, t])])
    print("empty:", list(asyncio.as_completed([])))
    f = loop.create_future()
    it = asyncio.as_completed(f)
    print("bare future accepted until iterated:", type(it).__name__)
    try:
        next(it)
    except TypeError as e:
        print("bare future:", e)
    f.cancel()


asyncio.run(main())
