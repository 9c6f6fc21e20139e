# Cancelling the task that awaits gather propagates into the gather and all its children.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
    finally:
        print("child", n, "finally at", asyncio.get_running_loop().time())


async def parent():
    try:
        await asyncio.gather(child(3), child(4), child(100))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(3.5)
    p.cancel()
    res = await asyncio.gather(p, return_exceptions=True)
    print(res)


asyncio.run(main())
