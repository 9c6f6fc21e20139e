# Cancelling one Event waiter does not affect the others; a timeout on ev.wait() via wait_for.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    a = asyncio.create_task(ev.wait())
    b = asyncio.create_task(ev.wait())
    await asyncio.sleep(1)
    a.cancel()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.sleep(0)
    print("a cancelled:", a.cancelled(), "b result:", b.result())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 2.5)
    except asyncio.TimeoutError:
        print("timed out at", loop.time())


asyncio.run(main())
