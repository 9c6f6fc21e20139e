"""10k tasks, each doing 10 sleep(0), gathered (issue #6's first workload)."""
import asyncio


async def worker(i):
    for _ in range(10):
        await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10_000)))
    print(len(results), sum(results))


asyncio.run(main())
