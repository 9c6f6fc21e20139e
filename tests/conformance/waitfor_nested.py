# Nested wait_for: the inner (shorter) timeout fires first and is caught inside; the outer timeout then fires later.
import asyncio


async def work():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=1)
    except asyncio.TimeoutError:
        print("inner timeout at", asyncio.get_running_loop().time())
    await asyncio.sleep(10)
    return "finished"


async def main():
    try:
        print(await asyncio.wait_for(work(), timeout=3))
    except asyncio.TimeoutError:
        print("outer timeout at", asyncio.get_running_loop().time())


asyncio.run(main())
