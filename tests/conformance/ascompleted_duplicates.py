# as_completed de-duplicates a future passed twice (it builds a set), rejects a single future, and yields nothing for an empty list.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    t = asyncio.create_task(job(1))
    u = asyncio.create_task(job(2))
    results = [await f for f in asyncio.as_completed([t, t, u])]
    print(results)
    try:
        for f in asyncio.as_completed(t):
            pass
    except TypeError as e:
        print("TypeError:", e)
    print("empty:", list(asyncio.as_completed([])))


asyncio.run(main())
