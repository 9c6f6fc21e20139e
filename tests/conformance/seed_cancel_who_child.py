# Seed: telling child cancellation from own cancellation with a done-callback and a CancelledError subclass (child cancelled).
import asyncio


class ChildCancelled(asyncio.CancelledError):
    pass


async def await_via_callback(task):
    fut = asyncio.get_running_loop().create_future()

    def relay(t):
        if fut.done():
            return
        if t.cancelled():
            fut.set_exception(ChildCancelled("child was cancelled"))
        elif t.exception() is not None:
            fut.set_exception(t.exception())
        else:
            fut.set_result(t.result())

    task.add_done_callback(relay)
    return await fut


async def child():
    print("child: start")
    try:
        await asyncio.sleep(3600)
    finally:
        print("child: finally at", asyncio.get_running_loop().time())


async def parent(task):
    await asyncio.sleep(0.5)
    try:
        await await_via_callback(task)
    except ChildCancelled as e:
        print("parent: child is cancelled:", repr(e))
        return "child-cancelled"
    except asyncio.CancelledError:
        print("parent: I am cancelled")
        raise


async def main():
    c = asyncio.create_task(child())
    p = asyncio.create_task(parent(c))
    await asyncio.sleep(1)
    c.cancel()
    print("parent result:", await p)
    print("child cancelled:", c.cancelled(), "parent cancelled:", p.cancelled())
    print("isinstance:", issubclass(ChildCancelled, asyncio.CancelledError))


asyncio.run(main())
