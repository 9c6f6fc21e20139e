# Semaphore str() shows locked/unlocked, value and waiters.
import asyncio


async def main():
    s = asyncio.Semaphore(1)
    print(str(s).split(" [")[1])
    await s.acquire()
    print(str(s).split(" [")[1])
    w = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    print(str(s).split(" [")[1])
    s.release()
    await w
    print(str(s).split(" [")[1])
    print(str(asyncio.BoundedSemaphore(3)).split(" [")[1])


asyncio.run(main())
