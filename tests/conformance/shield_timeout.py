# wait_for(shield(t), timeout) times out while t keeps running and can be awaited later.
import asyncio


async def slow():
    await asyncio.sleep(10)
    return "slow result"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=3)
    except asyncio.TimeoutError:
        print("timed out at", loop.time(), "task cancelled?", t.cancelled())
    print(await t, "at", loop.time())


asyncio.run(main())
