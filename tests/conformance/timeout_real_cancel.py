# A real cancel() of the task inside a timeout block is not converted: CancelledError propagates and cancelling() stays 1.
import asyncio


async def worker():
    try:
        async with asyncio.timeout(100):
            await asyncio.sleep(1000)
    except TimeoutError:
        print("not reached")
    except asyncio.CancelledError:
        print("worker: CancelledError passes through timeout, cancelling() =",
              asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(3)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
