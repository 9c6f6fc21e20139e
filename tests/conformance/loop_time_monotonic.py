# loop.time() starts at 0.0 and follows the virtual clock; time.monotonic() and time.time() agree with it.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print("start:", loop.time(), time.monotonic(), time.time())
    await asyncio.sleep(0.25)
    print("after 0.25:", loop.time())
    await asyncio.sleep(3600)
    print("after an hour:", loop.time(), time.ctime())
    await asyncio.sleep(86400 * 2)
    print("two days later:", loop.time(), time.ctime())
    print("wall - monotonic:", time.time() - time.monotonic())


asyncio.run(main())
