# A bounded queue between a fast producer and a slow consumer: the producer blocks on put, timestamps show the back-pressure.
import asyncio


async def producer(q):
    loop = asyncio.get_running_loop()
    for i in range(5):
        await q.put(i)
        print(f"put {i} at {loop.time()}")
    await q.put(None)


async def consumer(q):
    loop = asyncio.get_running_loop()
    while (item := await q.get()) is not None:
        await asyncio.sleep(2)
        print(f"consumed {item} at {loop.time()}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
