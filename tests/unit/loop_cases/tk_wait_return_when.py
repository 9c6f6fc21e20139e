# [toolkit][wait] wait(): FIRST_COMPLETED, FIRST_EXCEPTION (stops at the first exception, or waits for all when none), ALL_COMPLETED; returns (done, pending) sets and never cancels anything
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(s, tasks):
    return sorted(tasks[t] for t in s)


async def main():
    loop = asyncio.get_running_loop()
    for when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        start = loop.time()
        tasks = {asyncio.create_task(job("a", 1)): "a", asyncio.create_task(job("b", 2, fail=True)): "b",
                 asyncio.create_task(job("c", 3)): "c"}
        done, pending = await asyncio.wait(tasks, return_when=when)
        print(f"{when}: after {loop.time() - start} done {names(done, tasks)} pending {names(pending, tasks)}")
        print("  pending cancelled?", [t.cancelled() for t in pending])
        await asyncio.wait(tasks)
        for t in tasks:
            if not t.cancelled():
                t.exception()

    start = loop.time()
    tasks = {asyncio.create_task(job("x", 1)): "x", asyncio.create_task(job("y", 2)): "y"}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"FIRST_EXCEPTION without exception: after {loop.time() - start} done {names(done, tasks)}")

    f = loop.create_future()
    f.set_result(None)
    t = asyncio.create_task(job("z", 1))
    done, pending = await asyncio.wait([f, t], return_when=asyncio.FIRST_COMPLETED)
    print("already done future, FIRST_COMPLETED returns at once:", len(done), len(pending), loop.time() - start)
    await t
    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
