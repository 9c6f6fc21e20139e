# Seed: telling child cancellation from own cancellation with a done-callback (the parent is cancelled; the child runs on).
import asyncio


class ChildCancelled(asyncio.CancelledError):
    pass


async def await_via_callback(task):
    fut = asyncio.get_running_loop().create_future()

    def relay(t):
        if fut.done():
            return
        if t.cancelled():
            fut.set_exception(ChildCancelled())
        elif t.exception() is not None:
            fut.set_exception(t.exception())
        else:
            fut.set_result(t.result())

    task.add_done_callback(relay)
    return await fut


async def child():
    try:
        await asyncio.sleep(5)
        print("child: finished normally at", asyncio.get_running_loop().time())
        return 42
    finally:
        print("child: finally")


async def parent(task):
    try:
        await await_via_callback(task)
    except ChildCancelled:
        print("parent: child is cancelled")
        raise
    except asyncio.CancelledError as e:
        print("parent: I am cancelled, type is", type(e).__name__)
        raise


async def main():
    c = asyncio.create_task(child())
    p = asyncio.create_task(parent(c))
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("main: parent cancelled =", p.cancelled())
    print("child done?", c.done())
    print("child result:", await c)


asyncio.run(main())
