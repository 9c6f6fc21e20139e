# gather.cancel() returns False once all children are done; cancelling a gather whose children all ignore it still cancels it.
import asyncio


async def quick():
    return 1


async def deaf():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("deaf: ignoring")
    return "deaf result"


async def main():
    g = asyncio.gather(quick(), quick())
    await g
    print("cancel finished gather:", g.cancel())
    g2 = asyncio.gather(deaf())
    await asyncio.sleep(1)
    print("cancel:", g2.cancel())
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("gather cancelled even though the child returned:", g2.cancelled())


asyncio.run(main())
