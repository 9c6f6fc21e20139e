# Seed: "except KeyboardInterrupt" inside a coroutine does catch a KeyboardInterrupt raised by an awaited coroutine, so async cleanup can run there.
import asyncio


async def harvest():
    for i in range(3):
        await asyncio.sleep(1)
        yield i
    raise KeyboardInterrupt


async def safe_exit():
    await asyncio.sleep(0.25)
    print("safe_exit done at", asyncio.get_running_loop().time())


async def broker():
    try:
        async for item in harvest():
            print("item", item)
    except KeyboardInterrupt:
        print("broker caught KeyboardInterrupt")
        await safe_exit()
        return "closed cleanly"


print(asyncio.run(broker()))
