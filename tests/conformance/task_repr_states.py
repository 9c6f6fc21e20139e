# Task reprs in every state: pending (running at line, wait_for), finished with result, finished with exception, cancelled.
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)
    return delay * 2


async def failing():
    await asyncio.sleep(1)
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(worker(5))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f = asyncio.create_task(failing(), name="failer")
    await asyncio.sleep(2)
    print(f)
    f.exception()
    c = asyncio.create_task(worker(10))
    await asyncio.sleep(1)
    c.cancel()
    print(c)
    await asyncio.sleep(0)
    print(c)


asyncio.run(main())
