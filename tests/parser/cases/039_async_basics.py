import asyncio

async def main():
    await asyncio.sleep(1)
    x = await asyncio.gather(a(), b())
    result = await (await coro())
    async with lock:
        pass
    async with a as x, b as y:
        pass
    async for item in aiter():
        print(item)
    else:
        pass
    values = [x async for x in agen()]
    values2 = [await x for x in coros]
    values3 = {k: v async for k, v in pairs() if await check(k)}
    gen = (x async for x in agen())
    return await asyncio.wait_for(fut, timeout=1.0)

asyncio.run(main())
