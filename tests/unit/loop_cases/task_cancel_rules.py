# [task][cancel] Task.cancel return values, cancel(msg), cancelling()/uncancel() counts, cancelled()/done(), the CancelledError a waiter sees
import asyncio


async def sleeper(name, log):
    log.append(f"{name} started")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"{name} caught {e.args}")
        raise
    return "slept"


async def main():
    log = []
    t = asyncio.create_task(sleeper("t", log))
    print("cancel before start:", t.cancel(), t.cancelling(), t.cancelled(), t.done())
    print("cancel again:", t.cancel(), t.cancelling())
    print(t)
    await asyncio.sleep(0)
    print("after one step:", t.cancelled(), t.done(), log, t.cancelling())
    print("cancel done task:", t.cancel(), t.cancelling())
    print(t)

    u = asyncio.create_task(sleeper("u", log))
    await asyncio.sleep(0)
    print("waiting on:", u._fut_waiter)
    print("cancel(msg) while waiting:", u.cancel("stop now"), u.cancelling(), "must_cancel:", u._must_cancel)
    print("waiter cancelled at once:", u._fut_waiter.cancelled())
    print(u)
    try:
        await u
    except asyncio.CancelledError as e:
        print("awaiting u raises:", repr(e), e.args)
    print("log:", log, "u.cancelled():", u.cancelled())
    try:
        u.result()
    except asyncio.CancelledError as e:
        print("u.result():", repr(e))
    try:
        u.exception()
    except asyncio.CancelledError as e:
        print("u.exception():", repr(e))

    v = asyncio.create_task(sleeper("v", log))
    await asyncio.sleep(0)
    print("two cancels:", v.cancel("first"), v.cancel("second"), v.cancelling())
    print("uncancel:", v.uncancel(), v.uncancel(), v.uncancel(), v.cancelling())
    try:
        await v
    except asyncio.CancelledError as e:
        print("v cancelled with:", e.args, "log:", log[-1])

    w = asyncio.create_task(sleeper("w", log))
    await asyncio.sleep(0)
    w.cancel()
    w.uncancel()
    print("uncancel does not undo the cancel:", w.cancelling())
    await asyncio.sleep(0)
    print("w:", w.cancelled(), log[-1])

    x = asyncio.create_task(sleeper("x", log))
    x.cancel("before first step")
    try:
        await x
    except asyncio.CancelledError as e:
        print("x never ran its body:", e.args, log[-1])
    y = asyncio.create_task(sleeper("y", log))
    await asyncio.sleep(0)
    y.cancel(msg=None)
    try:
        await y
    except asyncio.CancelledError as e:
        print("msg=None:", e.args)
    me = asyncio.current_task()
    print("main cancelling:", me.cancelling())
    return "main done"


print(asyncio.run(main()))
