# Seed: the fix for lost data - shield the future, and on cancellation return fut.result() if it is already done, else cancel it.
import asyncio


async def wait(fut):
    try:
        return await asyncio.shield(fut)
    except asyncio.CancelledError:
        if fut.done():
            print("  wait: cancelled, but data is there - ignoring the cancel")
            return fut.result()
        print("  wait: cancelled before data - propagating")
        fut.cancel()
        raise


async def case(set_first):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(wait(fut))
    await asyncio.sleep(0.1)
    if set_first:
        fut.set_result("data")
    print("  fut done:", fut.done())
    task.cancel()
    await asyncio.sleep(0.1)
    print("  fut", fut)
    print("  task", task)
    if not task.cancelled():
        print("  result:", task.result())


async def test():
    print("result set, then cancel:")
    await case(True)
    print("cancel with no result:")
    await case(False)


asyncio.run(test())
