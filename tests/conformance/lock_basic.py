# Lock: acquire/release, locked(), async with, waiters served FIFO, releasing an unlocked lock raises RuntimeError.
import asyncio


async def user(name, lock, hold):
    async with lock:
        print(name, "acquired at", asyncio.get_running_loop().time())
        await asyncio.sleep(hold)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(user("a", lock, 2), user("b", lock, 1), user("c", lock, 3))
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()


asyncio.run(main())
