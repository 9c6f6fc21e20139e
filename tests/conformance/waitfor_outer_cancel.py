# Cancelling the task blocked in wait_for cancels the inner awaitable too, and waits for it.
import asyncio


async def inner():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("inner: cancelled, cleaning up for 1s")
        await asyncio.sleep(1)
        print("inner: cleanup done at", asyncio.get_running_loop().time())
        raise


async def outer(t):
    try:
        await asyncio.wait_for(t, timeout=50)
    except asyncio.CancelledError:
        print("outer: cancelled, inner done:", t.done())
        raise


async def main():
    t = asyncio.create_task(inner())
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(2)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print("outer cancelled:", o.cancelled(), "inner cancelled:", t.cancelled())


asyncio.run(main())
