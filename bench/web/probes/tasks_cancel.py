# Cancellation: 10k tasks cancelled and gathered (asyncio).
import asyncio


async def sleeper():
    await asyncio.sleep(3600)


async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(10_000)]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(sum(isinstance(r, asyncio.CancelledError) for r in results))


asyncio.run(main())
