# BoundedSemaphore raises ValueError when released too often; a plain Semaphore silently grows; negative values are rejected.
import asyncio


async def main():
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain semaphore value:", s._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    z = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", z.locked())


asyncio.run(main())
