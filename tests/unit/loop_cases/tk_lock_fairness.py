# [toolkit][lock][cancel] Lock: waiters acquire in FIFO order; a waiter cancelled while waiting is skipped; release of an unlocked lock is a RuntimeError; repr shows state and waiters
import asyncio


def state(lock):
    r = repr(lock)
    return r[r.index("["):]


async def main():
    lock = asyncio.Lock()
    print("new:", state(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)
    order = []

    async def worker(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(1)

    await lock.acquire()
    tasks = [asyncio.create_task(worker(n)) for n in "abcd"]
    await asyncio.sleep(0)
    print("locked with waiters:", state(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print("after cancelling b:", state(lock))
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("order:", order, "b cancelled:", tasks[1].cancelled(), "final:", state(lock))

    print("acquire() returns:", await lock.acquire())
    lock.release()
    async with lock as v:
        print("async with value:", v)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print("plain with:", type(e).__name__)


asyncio.run(main())
