# A task cancelled in Condition.wait() re-acquires the lock before the CancelledError propagates out of wait().
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled inside wait; holds lock again:", cond.locked())
            raise
    print("not reached")


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(1)
    async with cond:
        t.cancel()
        await asyncio.sleep(1)
        print("main still holds the lock at", asyncio.get_running_loop().time())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled(), "locked:", cond.locked())


asyncio.run(main())
