# Seed: a producer that fails puts a sentinel so consumers stop instead of waiting forever on queue.get().
import asyncio

STOP = object()


async def producer(q, fail_at):
    try:
        for i in range(10):
            if i == fail_at:
                raise OSError(f"source broke at {i}")
            await q.put(i)
            await asyncio.sleep(0.5)
    finally:
        for _ in range(2):
            await q.put(STOP)


async def consumer(name, q):
    seen = []
    while True:
        item = await q.get()
        if item is STOP:
            print(name, "stops at", asyncio.get_running_loop().time(), "after", seen)
            return len(seen)
        seen.append(item)


async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q, 5), consumer("c1", q), consumer("c2", q),
                                   return_exceptions=True)
    print(results)


asyncio.run(main())
