# Lock str() shows locked/unlocked and waiters; a task releasing and re-acquiring immediately does not starve waiters in 3.11.
import asyncio


async def greedy(lock, log):
    for i in range(3):
        async with lock:
            log.append(f"greedy {i}")
            await asyncio.sleep(0)


async def polite(lock, log):
    async with lock:
        log.append("polite")


async def main():
    lock = asyncio.Lock()
    print(str(lock).split(" [")[1])
    log = []
    await asyncio.gather(greedy(lock, log), polite(lock, log))
    print(log)
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(str(lock).split(" [")[1])
    lock.release()
    await w
    print(str(lock).split(" [")[1])


asyncio.run(main())
