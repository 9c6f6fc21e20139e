# time and asyncio share the virtual clock: loop.time() == time.monotonic(); time.sleep blocks the loop
import asyncio
import time
async def ticker():
    for _ in range(3):
        await asyncio.sleep(1)
        print('tick', time.monotonic(), asyncio.get_running_loop().time())
async def main():
    t0 = time.monotonic()
    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(2.5)
    print('blocked until', time.monotonic())
    await task
    print('total', time.monotonic() - t0, time.ctime())
asyncio.run(main())
