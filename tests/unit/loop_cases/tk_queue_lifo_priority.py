# [toolkit][queue] LifoQueue returns the newest item first, PriorityQueue the smallest (ties broken by the next tuple field); both are Queues with the same blocking rules
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for i in (1, 2, 3):
        await lq.put(i)
    print("LifoQueue:", [lq.get_nowait() for _ in range(3)], isinstance(lq, asyncio.Queue))

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (5, "e")]:
        pq.put_nowait(item)
    print("PriorityQueue:", [pq.get_nowait() for _ in range(5)])
    print("str:", str(asyncio.PriorityQueue(3)).split(" ")[0])

    pq = asyncio.PriorityQueue(maxsize=2)

    async def consume():
        out = []
        for _ in range(4):
            out.append(await pq.get())
            await asyncio.sleep(1)
        return out

    c = asyncio.create_task(consume())
    for v in (4, 2, 3, 1):
        await pq.put(v)
    print("bounded PriorityQueue consumer got:", await c)

    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put("a")
    await lq.put("b")
    try:
        lq.put_nowait("c")
    except asyncio.QueueFull:
        print("LifoQueue full:", lq.get_nowait(), lq.get_nowait())
    pq = asyncio.PriorityQueue()
    pq.put_nowait(1)
    try:
        pq.put_nowait("x")
    except TypeError as e:
        print("unorderable:", e)


asyncio.run(main())
