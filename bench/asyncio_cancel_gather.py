"""20k tasks started, all cancelled while sleeping, gathered with return_exceptions (issue #6)."""
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        raise


async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(20_000)]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(len(results), sum(isinstance(r, asyncio.CancelledError) for r in results))


asyncio.run(main())
