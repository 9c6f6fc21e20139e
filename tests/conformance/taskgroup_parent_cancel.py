# Cancelling the task that runs a TaskGroup cancels the children; the CancelledError propagates (no ExceptionGroup).
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (10, 20, 30):
                tg.create_task(child(n))
    except asyncio.CancelledError:
        print("runner: CancelledError after children:", sorted(log))
        raise


async def main():
    r = asyncio.create_task(runner())
    await asyncio.sleep(5)
    r.cancel()
    res = await asyncio.gather(r, return_exceptions=True)
    print(res, r.cancelled())


asyncio.run(main())
