# A child cancelled from outside makes gather raise CancelledError (return_exceptions=False) although the gather itself was not cancelled.
import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


async def main():
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(5))
    g = asyncio.gather(a, b)
    await asyncio.sleep(2)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", type(e).__name__, "g.cancelled():", g.cancelled())
    print("a:", a.result(), "b cancelled:", b.cancelled())
    me = asyncio.current_task()
    print("main cancelling():", me.cancelling())


asyncio.run(main())
