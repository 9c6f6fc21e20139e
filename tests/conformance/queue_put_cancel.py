# Cancelling a blocked putter: its item never enters the queue; the other putters keep their order.
import asyncio


async def putter(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.CancelledError:
        print("putter", item, "cancelled")
        raise


async def main():
    q = asyncio.Queue(1)
    q.put_nowait(0)
    ps = [asyncio.create_task(putter(q, i)) for i in (1, 2, 3)]
    await asyncio.sleep(1)
    ps[1].cancel()
    await asyncio.sleep(0)
    got = []
    for _ in range(3):
        got.append(await q.get())
    print("got", got, "empty", q.empty())
    await asyncio.gather(*ps, return_exceptions=True)


asyncio.run(main())
