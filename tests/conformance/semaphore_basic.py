# Semaphore(2) lets two holders in at a time; others wait FIFO; locked() is True when the counter is 0.
import asyncio


async def user(name, sem, hold):
    loop = asyncio.get_running_loop()
    async with sem:
        print(f"{name} in at {loop.time()} (locked={sem.locked()})")
        await asyncio.sleep(hold)
    print(f"{name} out at {loop.time()}")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(user(n, sem, h) for n, h in [("a", 3), ("b", 1), ("c", 1), ("d", 2)]))
    print("value restored:", sem._value, sem.locked())


asyncio.run(main())
