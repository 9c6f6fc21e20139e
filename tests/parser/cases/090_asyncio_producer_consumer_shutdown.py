import asyncio
from collections import deque


class Pipeline:
    def __init__(self, *, size: int = 2):
        self.queue: asyncio.Queue[int | None] = asyncio.Queue(size)
        self.seen: deque[int] = deque(maxlen=5)
        self._stopping = False

    async def produce(self, items):
        try:
            for item in items:
                if self._stopping:
                    break
                await self.queue.put(item)
        finally:
            await self.queue.put(None)

    async def consume(self):
        while True:
            item = await self.queue.get()
            try:
                if item is None:
                    return len(self.seen)
                self.seen.append(item)
                await asyncio.sleep(0)
            finally:
                self.queue.task_done()

    async def run(self, items):
        prod = asyncio.create_task(self.produce(items))
        cons = asyncio.create_task(self.consume())
        try:
            return await asyncio.wait_for(cons, timeout=1)
        except asyncio.TimeoutError:
            self._stopping = True
            prod.cancel()
            raise
        finally:
            await asyncio.gather(prod, return_exceptions=True)


async def main():
    p = Pipeline(size=3)
    count = await p.run(range(20))
    print(f"consumed={count} last={list(p.seen)}")


asyncio.run(main())
