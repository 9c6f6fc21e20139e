# wait_for returns the result when the inner finishes in time; timeout=None waits forever; exceptions propagate unchanged.
import asyncio


async def val(x, d):
    await asyncio.sleep(d)
    if isinstance(x, Exception):
        raise x
    return x


async def main():
    print(await asyncio.wait_for(val("fast", 1), timeout=5))
    print(await asyncio.wait_for(val("no timeout", 1000), timeout=None))
    try:
        await asyncio.wait_for(val(LookupError("inner"), 1), timeout=10)
    except LookupError as e:
        print("LookupError:", e)
    print(asyncio.get_running_loop().time())


asyncio.run(main())
