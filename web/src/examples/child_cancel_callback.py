# Tell "my child was cancelled" from "I was cancelled" by awaiting a future that a done-callback fills.
import asyncio


class ChildCancelled(Exception):
    pass


async def await_child(task):
    # Like `await task`, but the child's cancellation arrives as ChildCancelled, while our own
    # cancellation still arrives as CancelledError (and, unlike `await task`, does not cancel the child).
    bridge = asyncio.get_running_loop().create_future()

    def on_done(t):
        if bridge.done():
            return
        if t.cancelled():
            bridge.set_exception(ChildCancelled(f"{t.get_name()} was cancelled"))
        elif t.exception() is not None:
            bridge.set_exception(t.exception())
        else:
            bridge.set_result(t.result())

    task.add_done_callback(on_done)
    return await bridge


async def download(name):
    try:
        await asyncio.sleep(10)
        return f"{name}.zip"
    finally:
        print(f"{name}: stopped")


async def parent(child):
    try:
        print("parent: got", await await_child(child))
    except ChildCancelled as e:
        print("parent: my child went away:", e)
    except asyncio.CancelledError:
        print("parent: I was cancelled myself")
        raise


async def main():
    child = asyncio.create_task(download("alpha"), name="alpha")
    p = asyncio.create_task(parent(child), name="parent-1")
    await asyncio.sleep(1)
    child.cancel()  # the child is cancelled...
    await p

    child = asyncio.create_task(download("beta"), name="beta")
    p = asyncio.create_task(parent(child), name="parent-2")
    await asyncio.sleep(1)
    p.cancel()  # ...or the parent is
    await asyncio.gather(p, return_exceptions=True)
    print("beta still running:", not child.done())
    print("beta result:", await child)


asyncio.run(main())
