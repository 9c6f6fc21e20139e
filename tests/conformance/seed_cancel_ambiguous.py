# Seed: awaiting a task directly, both own and child cancellation raise CancelledError at the same await; cancelling() tells them apart in 3.11.
import asyncio


async def cancel_me():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("  cancel_me: got CancelledError")
        raise
    finally:
        print("  cancel_me: after sleep")


async def waiter(task):
    try:
        await task
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("  waiter: CancelledError; child cancelled:", task.cancelled(),
              "my cancelling():", me.cancelling())
        if me.cancelling():
            raise
        return "child was cancelled, I go on"


async def scenario(which):
    print("cancel", which)
    child = asyncio.create_task(cancel_me())
    w = asyncio.create_task(waiter(child))
    await asyncio.sleep(1)
    (child if which == "child" else w).cancel()
    res = await asyncio.gather(w, return_exceptions=True)
    print("  waiter outcome:", res, "waiter.cancelled():", w.cancelled())
    print("  child.cancelled():", child.cancelled())


async def main():
    await scenario("child")
    await scenario("waiter")


asyncio.run(main())
