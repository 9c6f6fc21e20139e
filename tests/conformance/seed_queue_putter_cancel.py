# Seed: a putter cancelled after get_nowait() already woke it hands the free slot to the next putter (Queue.put's except clause).
import asyncio


async def main():
    queue = asyncio.Queue(1)
    await queue.put("A")
    task1 = asyncio.ensure_future(queue.put("B"))
    task2 = asyncio.ensure_future(queue.put("C"))
    await asyncio.sleep(0)
    print("full:", queue.full(), "putters waiting:", len(queue._putters))
    print(queue.get_nowait())
    print("cancel task1 ->", task1.cancel())
    await task2
    print("task1 cancelled:", task1.cancelled())
    print(await queue.get())
    print("empty:", queue.empty())


asyncio.run(main())
