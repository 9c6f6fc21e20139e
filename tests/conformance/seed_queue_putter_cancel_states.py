# Seed: the same putter race step by step - the woken putter's future is done, task.cancel() still returns True, the next putter proceeds.
import asyncio


async def putter(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.CancelledError:
        print("putter", item, "cancelled; queue full?", q.full(), "size", q.qsize())
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("A")
    t1 = asyncio.create_task(putter(q, "B"))
    t2 = asyncio.create_task(putter(q, "C"))
    t3 = asyncio.create_task(putter(q, "D"))
    await asyncio.sleep(0)
    w1 = q._putters[0]
    print("waiter of t1:", w1)
    print("got", q.get_nowait())
    print("waiter of t1 after get_nowait:", w1)
    print("t1.cancel():", t1.cancel())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("t1:", t1.cancelled(), "t2 done:", t2.done(), "t3 done:", t3.done())
    print("queue now:", q.get_nowait())
    await t3
    print("last:", q.get_nowait(), "empty:", q.empty())


asyncio.run(main())
