# [toolkit][semaphore][cancel] Semaphore: value and locked(), FIFO waiters, a cancelled waiter gives its wake-up to the next, negative initial value is a ValueError; BoundedSemaphore over-release is a ValueError
import asyncio


def state(s):
    r = repr(s)
    return r[r.index("["):]


async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("Semaphore(-1):", e)
    sem = asyncio.Semaphore(2)
    print("new:", state(sem), sem.locked())
    order = []

    async def worker(name, hold):
        try:
            async with sem:
                order.append(f"{name} in")
                await asyncio.sleep(hold)
            order.append(f"{name} out")
        except asyncio.CancelledError:
            order.append(f"{name} cancelled")
            raise

    ts = [asyncio.create_task(worker(n, 1)) for n in "abcde"]
    await asyncio.sleep(0)
    print("two in, three waiting:", state(sem), sem.locked(), order)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print("order:", order)
    print("final:", state(sem))

    sem = asyncio.Semaphore(0)
    sem.release()
    sem.release()
    print("Semaphore over-release is fine:", state(sem))

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("BoundedSemaphore:", e, state(b))

    sem = asyncio.Semaphore(1)
    await sem.acquire()
    log = []

    async def acq(name):
        try:
            await sem.acquire()
            log.append(f"{name} acquired")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    t1 = asyncio.create_task(acq("t1"))
    t2 = asyncio.create_task(acq("t2"))
    await asyncio.sleep(0)
    sem.release()
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("woken waiter cancelled, next one acquires:", log, state(sem))


asyncio.run(main())
