# exact-stderr
# Calling a coroutine function without awaiting it emits "RuntimeWarning: coroutine '...' was never awaited" with the line.
import asyncio


async def save(data):
    await asyncio.sleep(1)
    print("saved", data)


async def main():
    save("lost")
    await asyncio.sleep(2)
    print("main done")


asyncio.run(main())
