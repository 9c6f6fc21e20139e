# A task cancelled while waiting for a Lock leaves the queue; the lock passes to the next waiter; cancel after wake-up passes it on too.
import asyncio


async def user(name, lock, log):
    try:
        async with lock:
            log.append(f"{name} got lock at {asyncio.get_running_loop().time()}")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(user(n, lock, log)) for n in "abcd"]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    lock.release()
    tasks[0].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("\n".join(log))
    print("locked at end:", lock.locked())


asyncio.run(main())
