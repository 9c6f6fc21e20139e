# [toolkit][queue] bounded Queue: put() blocks while full and get() while empty, each woken in FIFO order; str shows the waiting getters and putters
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=1)
    log = []

    async def putter(i):
        await q.put(i)
        log.append(f"put {i} at {loop.time()}")

    async def getter(name):
        v = await q.get()
        log.append(f"{name} got {v} at {loop.time()}")

    ps = [asyncio.create_task(putter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("one in, two putters waiting:", str(q))
    for i in range(3):
        await asyncio.sleep(1)
        print("get_nowait ->", q.get_nowait())
        await asyncio.sleep(0)
    print(log)
    log.clear()
    gs = [asyncio.create_task(getter(n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    print("getters waiting:", str(q))
    q.put_nowait("x")
    q.put_nowait("y") if not q.full() else None
    await asyncio.sleep(0)
    print(log)
    await q.put("y")
    await q.put("z")
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
