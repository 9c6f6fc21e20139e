import asyncio


async def critical(results):
    await asyncio.sleep(0.2)
    results.append("saved")
    return "ok"


async def main():
    results = []
    inner = asyncio.ensure_future(critical(results))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.05)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner still running:", not inner.done())
    value = await inner
    print(value, results)


asyncio.run(main())
