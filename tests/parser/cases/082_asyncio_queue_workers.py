import asyncio
import random


async def producer(queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        await queue.put(i)
        print(f"produced {i}")
    await queue.put(None)


async def consumer(queue: asyncio.Queue, name: str) -> int:
    total = 0
    while (item := await queue.get()) is not None:
        total += item
        queue.task_done()
        await asyncio.sleep(random.random() / 100)
    queue.task_done()
    await queue.put(None)
    return total


async def main():
    queue = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(queue, f"c{i}")) for i in range(3)]
    await producer(queue, 10)
    totals = await asyncio.gather(*consumers, return_exceptions=True)
    print("totals:", totals, "sum:", sum(t for t in totals if isinstance(t, int)))


asyncio.run(main())
