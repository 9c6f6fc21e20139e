# A bounded queue: 100k items from a producer to a consumer through Queue(100) (asyncio).
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total


async def main():
    q = asyncio.Queue(100)
    _, total = await asyncio.gather(producer(q, 100_000), consumer(q))
    print(total)


asyncio.run(main())
