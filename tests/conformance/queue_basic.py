# Queue FIFO order, qsize/empty/full, put_nowait/get_nowait with QueueFull/QueueEmpty, maxsize <= 0 means unbounded.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    await q.put("b")
    print(q.qsize(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    u = asyncio.Queue(0)
    for i in range(1000):
        u.put_nowait(i)
    print("unbounded:", u.qsize(), u.full())
    n = asyncio.Queue(-1)
    print("negative maxsize full?", n.full())


asyncio.run(main())
