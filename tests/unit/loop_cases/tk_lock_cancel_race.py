# [toolkit][lock][cancel] Lock cancel races: a waiter woken by release() but cancelled before it runs passes the lock on to the next waiter (test_cancel_race, test_cancel_release_race); a newcomer cannot barge in front of waiters
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def waiter(name):
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise
        log.append(f"{name} acquired")

    await lock.acquire()
    ta = asyncio.create_task(waiter("a"))
    tb = asyncio.create_task(waiter("b"))
    tc = asyncio.create_task(waiter("c"))
    await asyncio.sleep(0)
    lock.release()
    ta.cancel()
    tb.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("woken a and waiting b cancelled:", log, "locked", lock.locked())
    lock.release()

    log.clear()
    await lock.acquire()
    t1 = asyncio.create_task(waiter("t1"))
    await asyncio.sleep(0)
    lock.release()
    print("released, t1 woken but not run; locked():", lock.locked())
    t2 = asyncio.create_task(waiter("t2"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("newcomer waits behind t1:", log, lock.locked())
    lock.release()
    await asyncio.sleep(0)
    print(log)
    lock.release()

    log.clear()
    await lock.acquire()
    t3 = asyncio.create_task(waiter("t3"))
    await asyncio.sleep(0)
    t3.cancel()
    lock.release()
    await asyncio.sleep(0)
    print("cancel then release:", log, "locked", lock.locked())


asyncio.run(main())
