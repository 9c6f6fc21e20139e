# Acquiring a held Lock with wait_for timing out; the lock stays with its owner and is acquirable afterwards.
import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(5)


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(lock.acquire(), timeout=1)
    except asyncio.TimeoutError:
        print("timed out at", loop.time(), "locked:", lock.locked())
    await h
    print(await asyncio.wait_for(lock.acquire(), timeout=1), loop.time())


asyncio.run(main())
