# Cancelling the task awaiting shield(inner) raises CancelledError in the caller while the inner task completes on its own.
import asyncio


async def inner():
    await asyncio.sleep(5)
    print("inner finished at", asyncio.get_running_loop().time())
    return "inner-value"


async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("caller cancelled at", asyncio.get_running_loop().time(), "inner done:", t.done())
        raise


async def main():
    t = asyncio.create_task(inner())
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("caller cancelled:", c.cancelled())
    print("inner result:", await t)


asyncio.run(main())
