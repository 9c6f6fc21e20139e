# Code inside a timeout block that swallows the CancelledError: the block ends normally and no TimeoutError is raised, but expired() is True.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("swallowed at", loop.time())
    print("after block: expired =", cm.expired(), "cancelling() =", asyncio.current_task().cancelling())
    await asyncio.sleep(1)
    print("still alive at", loop.time())


asyncio.run(main())
