# timeout_at(when) uses an absolute loop time; a deadline already in the past fires at the first await.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(10)
    try:
        async with asyncio.timeout_at(loop.time() + 2.5):
            await asyncio.sleep(60)
    except TimeoutError:
        print("fired at", loop.time())
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print("body runs; expired yet?", cm.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fired at", loop.time())
    async with asyncio.timeout_at(loop.time() - 1):
        print("no await: body completes without TimeoutError")


asyncio.run(main())
