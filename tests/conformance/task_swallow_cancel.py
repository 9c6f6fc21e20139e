# A task that swallows CancelledError ends normally: cancel() returned True but cancelled() is False and result() is its return value.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancel")
    await asyncio.sleep(1)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(5)
    print("cancel():", t.cancel())
    res = await t
    print(res, "cancelled:", t.cancelled(), "time:", asyncio.get_running_loop().time())
    print("cancelling() left at:", t.cancelling())


asyncio.run(main())
