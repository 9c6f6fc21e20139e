# The event loop: 5k tasks x 10 sleep(0) each, gathered (asyncio).
import asyncio


async def worker():
    for _ in range(10):
        await asyncio.sleep(0)
    return 1


async def main():
    print(sum(await asyncio.gather(*(worker() for _ in range(5000)))))


asyncio.run(main())
