# A getter cancelled while waiting is removed; an item put later goes to the next getter in line, FIFO among getters.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    g[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.gather(*g, return_exceptions=True)
    print("left:", q.qsize())


asyncio.run(main())
