# [toolkit][queue][cancel] a getter cancelled after it was woken passes the wake-up on to the next getter, so no item is stranded (test_cancelled_getters_not_being_held_in_self_getters, test_get_cancelled_race)
import asyncio


async def main():
    q = asyncio.Queue()
    log = []

    async def getter(name):
        try:
            v = await q.get()
            log.append(f"{name} got {v}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    await asyncio.sleep(0)
    print("two getters waiting:", len(q._getters))
    q.put_nowait("item")
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("woken getter cancelled:", log, "qsize", q.qsize(), "getters left", len(q._getters))

    g3 = asyncio.create_task(getter("g3"))
    await asyncio.sleep(0)
    g3.cancel()
    await asyncio.sleep(0)
    print("cancelled waiting getter is removed:", len(q._getters), log[-1])

    g4 = asyncio.create_task(getter("g4"))
    await asyncio.sleep(0)
    q.put_nowait("a")
    q.put_nowait("b")
    g4.cancel()
    g5 = asyncio.create_task(getter("g5"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("items kept for later getters:", log, "qsize", q.qsize())

    try:
        await asyncio.wait_for(q.get(), 1)
    except TimeoutError:
        print("unexpected")
    else:
        print("queue had b left")
    try:
        await asyncio.wait_for(q.get(), 1)
    except TimeoutError:
        print("get with timeout on empty queue: TimeoutError, getters left", len(q._getters))


asyncio.run(main())
