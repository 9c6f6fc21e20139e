# A task cancelling itself: current_task().cancel() takes effect at its next await.
import asyncio


async def selfish():
    me = asyncio.current_task()
    print("cancel myself:", me.cancel())
    print("still running, cancelling() =", me.cancelling())
    try:
        await asyncio.sleep(0)
        print("not printed")
    except asyncio.CancelledError:
        print("cancelled at my own await")
        raise


async def main():
    t = asyncio.create_task(selfish())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
