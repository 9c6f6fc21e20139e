# time.sleep() inside a coroutine blocks the loop (virtual time jumps), delaying other tasks' timers; time.ctime follows.
import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        await asyncio.sleep(1)
        print("tick at", loop.time())


async def blocker():
    await asyncio.sleep(1.5)
    print("blocking for 5s at", asyncio.get_running_loop().time())
    time.sleep(5)
    print("unblocked", time.ctime())


async def main():
    await asyncio.gather(ticker(), blocker())


time.sleep(2)
print("before the loop:", time.monotonic())
asyncio.run(main())
