# A task cancelled after its last await but before it runs again: the CancelledError is thrown at that await, so the return never happens.
import asyncio


async def compute():
    await asyncio.sleep(1)
    print("compute: after sleep (never printed when cancelled)")
    return 99


async def finisher(fut):
    value = await fut
    print("finisher: got", value)
    return value + 1


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(compute())
    await asyncio.sleep(1)
    print("timer fired, task done?", t.done())
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())
    fut = loop.create_future()
    f = asyncio.create_task(finisher(fut))
    await asyncio.sleep(0)
    fut.set_result(1)
    print("cancel after the future completed:", f.cancel())
    await asyncio.gather(f, return_exceptions=True)
    print("finisher cancelled:", f.cancelled())


asyncio.run(main())
