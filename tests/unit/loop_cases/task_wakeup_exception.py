# [task][cancel] the wakeup re-raises the awaited future's exception inside the coroutine (same object); cancelling the callee or the caller puts the same CancelledError at the innermost await
import asyncio


async def inner(log):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        log.append(f"inner sees CancelledError{e.args}")
        raise


async def outer(child, log):
    try:
        await child
    except asyncio.CancelledError as e:
        me = asyncio.current_task()
        log.append(f"outer sees CancelledError{e.args} outer.cancelling()={me.cancelling()} child.cancelled()={child.cancelled()}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    err = ValueError("payload")
    fut = loop.create_future()

    async def awaiting():
        try:
            await fut
        except ValueError as e:
            return e

    t = asyncio.create_task(awaiting())
    await asyncio.sleep(0)
    fut.set_exception(err)
    got = await t
    print("same exception object:", got is err, repr(got))

    for who in ("child", "parent"):
        log = []
        child = asyncio.create_task(inner(log), name="child")
        parent = asyncio.create_task(outer(child, log), name="parent")
        await asyncio.sleep(1)
        print(who, "waiters:", parent._fut_waiter is child, child._fut_waiter is not None)
        (child if who == "child" else parent).cancel(f"cancel {who}")
        for _ in range(3):
            await asyncio.sleep(0)
        print(f"cancelling the {who}:")
        for line in log:
            print("  ", line)
        print("   child cancelled:", child.cancelled(), "parent cancelled:", parent.cancelled())
        print("   parent.cancelling():", parent.cancelling(), "child.cancelling():", child.cancelling())

    # A task awaiting a task that failed: the failure is re-raised in the awaiting coroutine.
    async def fails():
        await asyncio.sleep(0)
        raise KeyError("from child")

    async def waits_for(task):
        try:
            await task
        except KeyError as e:
            return f"caught {e!r}, same: {e is task.exception()}"

    c = asyncio.create_task(fails())
    print(await asyncio.create_task(waits_for(c)))


asyncio.run(main())
