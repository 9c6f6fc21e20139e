# [toolkit][wait][cancel] wait(timeout=): returns the pending set without cancelling it; cancelling the task blocked in wait() leaves the awaited tasks running
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(5))
    done, pending = await asyncio.wait({a, b}, timeout=2)
    print("timeout=2 at", loop.time(), "done a:", a in done, "pending b:", b in pending, "b cancelled:", b.cancelled())
    done, pending = await asyncio.wait({b}, timeout=0)
    print("timeout=0:", len(done), len(pending), "at", loop.time())
    done, pending = await asyncio.wait({b}, timeout=None)
    print("timeout=None waits:", len(done), len(pending), "at", loop.time())

    c = asyncio.create_task(job(3))

    async def waiter():
        try:
            await asyncio.wait({c})
        except asyncio.CancelledError as e:
            print("waiter cancelled", e.args)
            raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    w.cancel("go away")
    await asyncio.sleep(0)
    print("waiter cancelled():", w.cancelled(), "c still running:", not c.done())
    print("c result:", await c)


asyncio.run(main())
