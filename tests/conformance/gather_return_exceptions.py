# gather(return_exceptions=True) puts exceptions and CancelledError instances into the result list.
import asyncio


async def ok(x):
    await asyncio.sleep(x)
    return x


async def bad(x):
    await asyncio.sleep(x)
    raise KeyError(x)


async def main():
    t = asyncio.create_task(ok(10))
    asyncio.get_running_loop().call_later(2, t.cancel)
    res = await asyncio.gather(ok(1), bad(2), t, bad(3), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))


asyncio.run(main())
