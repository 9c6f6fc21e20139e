# Timeout.reschedule() moves the deadline (later, earlier, or None to disable); when() reflects it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(loop.time() + 100)
        print("when:", cm.when())
        await asyncio.sleep(5)
        cm.reschedule(None)
        await asyncio.sleep(500)
    print("no timeout fired, at", loop.time())
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 0.5)
            await asyncio.sleep(5)
    except TimeoutError:
        print("earlier deadline fired at", loop.time(), cm.when())


asyncio.run(main())
