# Cancelling the gather future cancels all unfinished children; awaiting it raises CancelledError.
import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    kids = [asyncio.create_task(child(f"k{d}", d)) for d in (1, 5, 10)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(2)
    print("g.cancel():", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print([("cancelled" if k.cancelled() else k.result()) for k in kids])


asyncio.run(main())
