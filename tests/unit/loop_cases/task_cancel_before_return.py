# [task][cancel] cancel() when the awaited future is already done sets _must_cancel: the CancelledError is thrown at the next step; if the coroutine then returns, the task still ends cancelled
import asyncio


async def returns_after_wakeup(fut, log):
    r = await fut
    log.append(f"got {r}")
    return r


async def catches_and_returns(fut, log):
    try:
        r = await fut
        log.append(f"await returned {r}")
    except asyncio.CancelledError:
        log.append("CancelledError at the await, although fut has a result")
        return "returned"
    return "normal"


async def main():
    log = []
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(returns_after_wakeup(fut, log))
    await asyncio.sleep(0)
    fut.set_result("data")
    print("fut:", fut)
    print("task before cancel:", t)
    print("cancel ->", t.cancel(), "must_cancel:", t._must_cancel, "waiter cancelled:", fut.cancelled())
    await asyncio.sleep(0)
    print("task:", t, "log:", log)
    print("data lost:", t.cancelled(), fut.result())

    fut2 = loop.create_future()
    t2 = asyncio.create_task(catches_and_returns(fut2, log))
    await asyncio.sleep(0)
    fut2.set_result("data2")
    t2.cancel("late")
    await asyncio.sleep(0)
    print("t2:", t2.cancelled(), t2.done(), log[-1])
    print("t2 result:", t2.result() if not t2.cancelled() else None)

    # The coroutine returns in the same step in which cancel() was requested (it never awaits again).
    async def quick():
        asyncio.current_task().cancel("self-cancel right before return")
        log.append(f"must_cancel={asyncio.current_task()._must_cancel}")
        return "value"

    t3 = asyncio.create_task(quick())
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3 cancelled although it returned:", e.args, log[-1], t3.cancelled())

    # must_cancel and a non-CancelledError thrown into the step: replaced by CancelledError.
    async def waits(f):
        try:
            await f
        except BaseException as e:
            log.append(f"waits saw {type(e).__name__}{e.args}")
            raise

    f4 = loop.create_future()
    t4 = asyncio.create_task(waits(f4))
    await asyncio.sleep(0)
    f4.set_exception(ValueError("boom"))
    t4.cancel("wins")
    await asyncio.sleep(0)
    print("t4:", t4.cancelled(), log[-1])
    f4.exception()


asyncio.run(main())
