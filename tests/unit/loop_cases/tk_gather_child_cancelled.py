# [toolkit][gather][cancel] a child cancelled on its own: gather raises CancelledError (return_exceptions=False) or returns a CancelledError instance (True); the gather future is not cancelled itself
import asyncio


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    for return_exceptions in (False, True):
        a = asyncio.create_task(child(1))
        b = asyncio.create_task(child(2))
        g = asyncio.gather(a, b, return_exceptions=return_exceptions)
        await asyncio.sleep(0)
        b.cancel("child msg")
        try:
            res = await g
            print(f"return_exceptions={return_exceptions}: result", [type(r).__name__ for r in res],
                  "args", res[1].args)
        except asyncio.CancelledError as e:
            print(f"return_exceptions={return_exceptions}: CancelledError {e.args}")
        print("  g.cancelled():", g.cancelled(), "a done:", a.done())
        await asyncio.sleep(2)

    async def parent():
        try:
            await asyncio.gather(child(5), child(6))
        except asyncio.CancelledError:
            print("parent task sees CancelledError")
            raise

    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent task cancelled:", p.cancelled())


asyncio.run(main())
