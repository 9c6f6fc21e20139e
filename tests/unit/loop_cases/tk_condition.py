# [toolkit][condition][cancel] Condition: wait() releases the lock and re-acquires it before returning, even when cancelled; notify(n)/notify_all wake in FIFO order; wait_for(predicate); notify without the lock is a RuntimeError
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify unlocked:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait unlocked:", e)

    async def waiter(name):
        async with cond:
            try:
                r = await cond.wait()
                log.append(f"{name} woke {r} locked={cond.locked()}")
            except asyncio.CancelledError:
                log.append(f"{name} cancelled, holds lock={cond.locked()}")
                raise

    ts = [asyncio.create_task(waiter(n)) for n in "abcd"]
    await asyncio.sleep(0)
    r = repr(cond)
    print("waiting:", r[r.index("["):])
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("notify(2):", log)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0)
    print("notify_all:", log)

    log.clear()
    t = asyncio.create_task(waiter("x"))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("cancelled while we hold the lock, log:", log)
    await asyncio.sleep(0)
    print("it re-acquired before raising:", log, t.cancelled())

    items = []

    async def consumer():
        async with cond:
            r = await cond.wait_for(lambda: len(items) >= 2)
            return f"wait_for returned {r} with {items}"

    c = asyncio.create_task(consumer())
    for i in range(3):
        await asyncio.sleep(1)
        async with cond:
            items.append(i)
            cond.notify()
    print(await c)

    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with cond2:
        print("shares the lock:", lock.locked())
    try:
        asyncio.Condition(lock=asyncio.Lock(), loop=None)
    except TypeError as e:
        print("loop argument:", type(e).__name__)


asyncio.run(main())
