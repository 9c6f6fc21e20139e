# After gather raised the first exception, cancelling the gather returns False; remaining children must be cancelled by hand.
import asyncio


async def boom():
    await asyncio.sleep(1)
    raise OSError("boom")


async def long():
    try:
        await asyncio.sleep(50)
        return "long done"
    except asyncio.CancelledError:
        print("long cancelled by hand at", asyncio.get_running_loop().time())
        raise


async def main():
    t = asyncio.create_task(long())
    g = asyncio.gather(boom(), t)
    try:
        await g
    except OSError as e:
        print("OSError:", e)
    print("g.cancel() after exception:", g.cancel())
    print("t done:", t.done())
    t.cancel()
    await asyncio.sleep(0)
    print("t cancelled:", t.cancelled())


asyncio.run(main())
