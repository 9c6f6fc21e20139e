# [toolkit][semaphore][cancel] 3.11.7 fairness: a newcomer cannot take a Semaphore released to a waiter that has not run yet; a waiter cancelled after its wake-up hands it on; BoundedSemaphore likewise
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    log = []

    async def take(name, s):
        try:
            await s.acquire()
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise
        log.append(f"{name} acquired")

    await sem.acquire()
    w = asyncio.create_task(take("waiter", sem))
    await asyncio.sleep(0)
    sem.release()
    print("released to a waiter: locked()", sem.locked(), "value", sem._value)
    n = asyncio.create_task(take("newcomer", sem))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, "locked()", sem.locked())
    sem.release()
    await asyncio.sleep(0)
    print(log)
    sem.release()

    log.clear()
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    await sem.acquire()
    ts = [asyncio.create_task(take(f"t{i}", sem)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    ts[0].cancel()
    ts[2].cancel()
    for _ in range(4):
        await asyncio.sleep(0)
    print("two released, t0 and t2 cancelled:", log, "value", sem._value)

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    await b.acquire()
    t = asyncio.create_task(take("bounded", b))
    await asyncio.sleep(0)
    b.release()
    t.cancel()
    await asyncio.sleep(0)
    print("bounded, woken waiter cancelled:", log[-1], "value", b._value, "locked", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("then over-release:", e)


asyncio.run(main())
