# async with lock releases the lock when the body raises or is cancelled.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            raise ValueError("in body")
    except ValueError as e:
        print("ValueError:", e, "locked:", lock.locked())

    async def hold():
        async with lock:
            await asyncio.sleep(100)

    t = asyncio.create_task(hold())
    await asyncio.sleep(1)
    print("held:", lock.locked())
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("after cancel locked:", lock.locked())


asyncio.run(main())
