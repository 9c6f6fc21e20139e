# CancelledError is a BaseException, so "except Exception" does not catch it; the uncaught CancelledError exits 1.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("never: CancelledError is not an Exception")


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await t


asyncio.run(main())
