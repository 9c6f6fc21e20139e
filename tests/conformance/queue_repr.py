# Queue repr/str show maxsize, items, waiting getters/putters and unfinished tasks (without addresses via str()).
import asyncio


async def main():
    q = asyncio.Queue(2)
    print(str(q))
    q.put_nowait(1)
    print(str(q))
    q.put_nowait(2)
    p = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    q.task_done()
    await p
    print(str(q))
    e = asyncio.Queue()
    g = asyncio.create_task(e.get())
    await asyncio.sleep(0)
    print(str(e))
    g.cancel()
    await asyncio.sleep(0)
    print(str(e), str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(5)))


asyncio.run(main())
