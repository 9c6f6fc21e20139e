# Seed: "reverse shield" converts the callee's cancellation into a custom exception so the caller can go on.
import asyncio


class CalleeGone(Exception):
    pass


async def reverse_shield(awaitable):
    try:
        return await awaitable
    except asyncio.CancelledError:
        raise CalleeGone("callee was cancelled")


async def callee():
    await asyncio.sleep(100)
    return "never"


async def your_coro(fut):
    try:
        await reverse_shield(fut)
    except CalleeGone as e:
        print("your_coro: handled", type(e).__name__, e)
    await asyncio.sleep(1)
    print("your_coro: continued to", asyncio.get_running_loop().time())
    return "ok"


async def main():
    fut = asyncio.ensure_future(callee())
    t = asyncio.create_task(your_coro(fut))
    await asyncio.sleep(2)
    fut.cancel()
    print("result:", await t)
    print("callee cancelled:", fut.cancelled(), "task cancelled:", t.cancelled())


asyncio.run(main())
