# Seed: "shield yourself" - a plain function returning asyncio.shield(inner()) so the framework's cancel does not stop the work.
import asyncio

log = []


async def inner():
    await asyncio.sleep(3)
    log.append("inner finished")
    print("inner: finished at", asyncio.get_running_loop().time())
    return "inner-result"


def your_coro():
    return asyncio.shield(inner())


async def framework():
    t = asyncio.ensure_future(your_coro())
    print("framework got a", type(t).__name__)
    await asyncio.sleep(1)
    print("framework: cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("framework: outer cancelled", t.cancelled())
    await asyncio.sleep(5)
    print("log:", log)


asyncio.run(framework())
