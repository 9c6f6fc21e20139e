# wait_for timing out on an inner task that swallows the cancellation and returns: 3.11 wait_for returns that value, no TimeoutError.
import asyncio


async def deaf():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("deaf: swallowed the cancel at", asyncio.get_running_loop().time())
    await asyncio.sleep(1)
    return "deaf value"


async def main():
    try:
        r = await asyncio.wait_for(deaf(), timeout=2)
        print("wait_for returned", r)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())
