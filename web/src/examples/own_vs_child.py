# Who was cancelled: the task I await, or me? In Python 3.11, Task.cancelling() tells.
import asyncio


async def cancel_me():
    try:
        await asyncio.sleep(3600)
    finally:
        print("cancel_me: cleaning up")


async def waiter(child):
    try:
        await child
    except asyncio.CancelledError:
        if asyncio.current_task().cancelling():
            print("waiter: I am being cancelled")
            raise
        print("waiter: the child was cancelled, I carry on")
        return "child was cancelled"


async def main():
    # 1) Cancel the child: the waiter gets CancelledError, but its cancelling() is 0.
    child = asyncio.create_task(cancel_me(), name="child-1")
    w = asyncio.create_task(waiter(child), name="waiter-1")
    await asyncio.sleep(1)
    child.cancel()
    print("waiter-1 returned:", await w)

    # 2) Cancel the waiter: the same CancelledError at the same line, but cancelling() is 1.
    child = asyncio.create_task(cancel_me(), name="child-2")
    w = asyncio.create_task(waiter(child), name="waiter-2")
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter-2 cancelled:", w.cancelled(), "/ child-2 cancelled:", child.cancelled())


asyncio.run(main())
