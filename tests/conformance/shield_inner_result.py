# shield() copies the inner result, exception or cancellation to the outer future.
import asyncio


async def ok():
    await asyncio.sleep(1)
    return 5


async def bad():
    await asyncio.sleep(1)
    raise ValueError("inner failed")


async def main():
    print("result:", await asyncio.shield(ok()))
    try:
        await asyncio.shield(bad())
    except ValueError as e:
        print("exception:", e)
    t = asyncio.create_task(ok())
    outer = asyncio.shield(t)
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print("shield of done future returns it:", asyncio.shield(done) is done)


asyncio.run(main())
