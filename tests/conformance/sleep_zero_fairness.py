# A busy loop yielding with sleep(0) lets timers fire only when they are due; time does not move while tasks are ready.
import asyncio


async def spinner(n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(0)
    print("spinner done at", loop.time())


async def timer():
    await asyncio.sleep(0.001)
    print("timer fired at", asyncio.get_running_loop().time())


async def main():
    await asyncio.gather(spinner(1000), timer())


asyncio.run(main())
