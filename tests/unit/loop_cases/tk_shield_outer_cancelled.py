# [toolkit][shield][cancel] shield(): cancelling the outer future (or the task awaiting it) leaves the inner task running to completion; its later exception is not reported as never retrieved
import asyncio


async def worker(log, fail):
    log.append("worker start")
    await asyncio.sleep(2)
    log.append("worker end")
    if fail:
        raise ValueError("late failure")
    return "worker result"


async def waiter(log, inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        log.append("waiter cancelled")
        raise


async def main():
    for fail in (False, True):
        log = []
        inner = asyncio.create_task(worker(log, fail))
        t = asyncio.create_task(waiter(log, inner))
        await asyncio.sleep(1)
        t.cancel("stop waiting")
        try:
            await t
        except asyncio.CancelledError as e:
            print("waiter raised CancelledError:", e.args)
        print("inner still running:", not inner.done(), log)
        await asyncio.sleep(2)
        print("inner finished:", inner.done(), "cancelled:", inner.cancelled(), log)
        if fail:
            print("inner exception:", repr(inner.exception()))
        else:
            print("inner result:", inner.result())

    loop = asyncio.get_running_loop()
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0)
    print("outer.cancel(): outer cancelled", outer.cancelled(), "inner cancelled", inner.cancelled())
    inner.set_exception(KeyError("unseen"))
    await asyncio.sleep(0)
    print("inner exception set after outer cancelled:", repr(inner.exception()))


asyncio.run(main())
