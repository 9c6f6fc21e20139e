# Limiting concurrency of 10 jobs with Semaphore(3); track the maximum number running at once.
import asyncio

running = 0
peak = 0


async def job(i, sem):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(1 + i % 2)
        running -= 1
        return i


async def main():
    sem = asyncio.Semaphore(3)
    res = await asyncio.gather(*(job(i, sem) for i in range(10)))
    print(res, "peak:", peak, "time:", asyncio.get_running_loop().time())


asyncio.run(main())
