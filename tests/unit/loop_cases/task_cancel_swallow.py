# [task][cancel] a task that swallows CancelledError: it is not cancelled, returns its value, cancelling() stays >0 until uncancel(); cancelling again later
import asyncio


async def stubborn(log):
    for attempt in range(3):
        try:
            await asyncio.sleep(5)
            log.append(f"slept {attempt}")
        except asyncio.CancelledError as e:
            log.append(f"swallowed {e.args} cancelling={asyncio.current_task().cancelling()}")
    return "survived"


async def swallow_then_uncancel(log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        log.append(f"uncancel -> {me.uncancel()}")
    await asyncio.sleep(1)
    return "finished normally"


async def main():
    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(1)
    print("cancel:", t.cancel("one"))
    await asyncio.sleep(1)
    print("cancel:", t.cancel("two"), t.cancelling())
    r = await t
    print("result:", r, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    print("log:", log)
    print(t)
    u = asyncio.create_task(swallow_then_uncancel(log))
    await asyncio.sleep(1)
    u.cancel()
    print(await u, u.cancelling(), log[-1])

    # Cancelled while already done but with a pending step: returns False.
    v = asyncio.create_task(asyncio.sleep(0, "x"))
    await v
    print("cancel finished:", v.cancel(), v.cancelling())


asyncio.run(main())
