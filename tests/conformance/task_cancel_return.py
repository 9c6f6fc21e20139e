# Task.cancel() returns True while the task is pending (even twice) and False once it is done; cancelled() only after it ran.
import asyncio


async def sleeper():
    await asyncio.sleep(3600)


async def quick():
    return 1


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel 1:", t.cancel())
    print("cancel 2:", t.cancel())
    print("cancelled() before it ran:", t.cancelled(), "done:", t.done())
    await asyncio.sleep(0)
    print("cancelled() after:", t.cancelled(), "done:", t.done())
    print("cancel 3:", t.cancel())
    q = asyncio.create_task(quick())
    await q
    print("cancel finished:", q.cancel(), q.cancelled(), q.result())
    n = asyncio.create_task(quick())
    print("cancel never-started:", n.cancel())
    await asyncio.sleep(0)
    print("never-started cancelled:", n.cancelled())


asyncio.run(main())
