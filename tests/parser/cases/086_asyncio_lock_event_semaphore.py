import asyncio

lock = asyncio.Lock()
event = asyncio.Event()
sem = asyncio.Semaphore(2)
shared = {"count": 0}


async def incrementer(n):
    for _ in range(n):
        async with lock:
            value = shared["count"]
            await asyncio.sleep(0)
            shared["count"] = value + 1


async def waiter(i):
    await event.wait()
    async with sem:
        print(f"waiter {i} running")
        await asyncio.sleep(0.01)


async def main():
    waiters = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.gather(incrementer(100), incrementer(100))
    print("count =", shared["count"])
    event.set()
    await asyncio.gather(*waiters)


asyncio.run(main())
