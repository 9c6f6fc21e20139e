# LifoQueue pops the newest item; PriorityQueue pops the smallest (tuples compare element-wise).
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for x in (1, 2, 3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (0, "z")]:
        await pq.put(item)
    print([await pq.get() for _ in range(5)])
    pq.put_nowait((1, {"unorderable": True}))
    pq.put_nowait((2, {}))
    print(pq.get_nowait())
    try:
        pq.put_nowait((1, {"a": 1}))
        pq.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
