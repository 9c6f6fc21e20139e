# [toolkit][wait_for][cancel] wait_for(): on timeout it cancels the inner task, waits for it to finish cleaning up, then raises TimeoutError chained from the CancelledError
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        await asyncio.sleep(1)
        log.append("inner cleanup done")
        raise
    return "slow"


async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=2)
    except asyncio.TimeoutError as e:
        print("TimeoutError at", loop.time(), "log", log)
        print("  is builtin TimeoutError:", asyncio.TimeoutError is TimeoutError, type(e).__name__)
        print("  cause:", type(e.__cause__).__name__, "args", e.args)

    async def quick():
        await asyncio.sleep(1)
        return "quick"

    print("completes in time:", await asyncio.wait_for(quick(), timeout=5), "at", loop.time())

    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, 1)
    except TimeoutError:
        print("task passed in is cancelled too:", t.cancelled())

    f = loop.create_future()
    try:
        await asyncio.wait_for(f, 1)
    except TimeoutError:
        print("future passed in is cancelled:", f.cancelled())


asyncio.run(main())
