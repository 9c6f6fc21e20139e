# cancelling() counts pending cancel requests; uncancel() decrements it; a task can absorb a cancel and continue.
import asyncio


async def worker():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(10)
            print("slept", i)
        except asyncio.CancelledError:
            print("cancelled at round", i, "cancelling() =", me.cancelling())
            print("uncancel() ->", me.uncancel())
    return "survived"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    t.cancel()
    print("main: cancelling() =", t.cancelling())
    await asyncio.sleep(1)
    print("main: cancelling() =", t.cancelling())
    print(await t, asyncio.get_running_loop().time())
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
