# A timeout expiring in the same iteration as an outside cancel(): uncancel() leaves a pending request, so CancelledError (not TimeoutError) escapes.
import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError")
    except asyncio.CancelledError:
        print("CancelledError at", loop.time(), "cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("main cancels the worker at", asyncio.get_running_loop().time())
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(res, t.cancelled())


asyncio.run(main())
