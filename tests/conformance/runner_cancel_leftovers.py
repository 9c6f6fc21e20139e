# asyncio.run() cancels tasks still pending when main returns and runs their cleanup before closing the loop.
import asyncio


async def background(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown, time", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        print(name, "cleanup took a second")
        raise
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(background("short", 1), name="short")
    asyncio.create_task(background("long", 3600), name="long")
    await asyncio.sleep(2)
    print("main returns at", asyncio.get_running_loop().time())
    return "main value"


print(asyncio.run(main()))
