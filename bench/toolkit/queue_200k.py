"""200k items through a bounded asyncio.Queue(maxsize=100), one producer task and one consumer task."""
import asyncio

N = 200_000


async def producer(q):
    for i in range(N):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = count = 0
    while True:
        item = await q.get()
        if item is None:
            return total, count
        total += item
        count += 1


async def main():
    q = asyncio.Queue(maxsize=100)
    p = asyncio.create_task(producer(q))
    total, count = await consumer(q)
    await p
    print(count, total)


asyncio.run(main())
