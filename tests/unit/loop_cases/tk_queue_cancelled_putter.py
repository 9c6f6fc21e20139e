# [toolkit][queue][cancel] a putter cancelled while waiting does not put its item; one cancelled after being woken passes the free slot on to the next putter
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    log = []

    async def putter(v):
        try:
            await q.put(v)
            log.append(f"put {v}")
        except asyncio.CancelledError:
            log.append(f"putter {v} cancelled")
            raise

    p1 = asyncio.create_task(putter("p1"))
    p2 = asyncio.create_task(putter("p2"))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print("cancelled waiting putter:", log, "putters left", len(q._putters), "queue", list(q._queue))

    print("get ->", q.get_nowait())
    await asyncio.sleep(0)
    print("next putter fills the slot:", log, list(q._queue))

    p3 = asyncio.create_task(putter("p3"))
    p4 = asyncio.create_task(putter("p4"))
    await asyncio.sleep(0)
    print("get ->", q.get_nowait())
    p3.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("woken putter cancelled, slot passed on:", log, list(q._queue))

    try:
        await asyncio.wait_for(q.put("timed"), 1)
    except TimeoutError:
        print("put with timeout on a full queue: TimeoutError, queue", list(q._queue))


asyncio.run(main())
