# A getter woken by put_nowait and then cancelled before it runs: the item stays in the queue and the next getter is woken.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled; qsize =", q.qsize())
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print("g1 cancelled:", g1.cancelled(), "empty:", q.empty())


asyncio.run(main())
