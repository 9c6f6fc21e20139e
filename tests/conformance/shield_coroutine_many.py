# Several shields over one task: cancelling one outer does not affect the others, all get the result.
import asyncio


async def inner():
    await asyncio.sleep(3)
    return 7


async def waiter(name, outer):
    try:
        print(name, "got", await outer)
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    t = asyncio.create_task(inner())
    outs = [asyncio.shield(t) for _ in range(3)]
    ws = [asyncio.create_task(waiter(f"w{i}", o)) for i, o in enumerate(outs)]
    await asyncio.sleep(1)
    outs[1].cancel()
    await asyncio.gather(*ws)
    print([o.cancelled() for o in outs], t.result())


asyncio.run(main())
