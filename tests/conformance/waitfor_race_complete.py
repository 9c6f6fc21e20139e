# 3.11 wait_for: if the outer task is cancelled in the same iteration the inner completes, wait_for returns the result and the cancel is lost.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    inner = loop.create_future()

    async def outer():
        r = await asyncio.wait_for(inner, timeout=10)
        print("outer: wait_for returned", r, "cancelling() =", asyncio.current_task().cancelling())
        await asyncio.sleep(0)
        print("outer: kept running after the cancel")
        return r

    o = asyncio.create_task(outer())
    await asyncio.sleep(1)
    inner.set_result("payload")
    o.cancel()
    res = await asyncio.gather(o, return_exceptions=True)
    print("outer result:", res, "cancelled:", o.cancelled())


asyncio.run(main())
