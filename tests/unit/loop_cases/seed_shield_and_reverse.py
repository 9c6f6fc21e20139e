# [seed][cancel] seed Q2: cancellation propagates down and up the await chain; shield() keeps the callee running when the caller is cancelled; a "reverse shield" turns the callee's cancellation into an ordinary exception
import asyncio


async def callee(log):
    try:
        await asyncio.sleep(10)
        log.append("callee finished")
        return "callee result"
    except asyncio.CancelledError:
        log.append("callee cancelled")
        raise


async def your_coro_plain(callee_f):
    return await callee_f


async def your_coro_shielded(callee_f):
    # I might die, but I won't take callee down with me
    return await asyncio.shield(callee_f)


async def reverse_shield(awaitable):
    try:
        return await awaitable
    except asyncio.CancelledError:
        raise Exception("custom")


async def your_coro_reverse(callee_f):
    try:
        return await reverse_shield(callee_f)
    except Exception as e:
        return f"handled {e}"


async def main():
    for name, coro_fn, cancel in (("plain, caller cancelled", your_coro_plain, "caller"),
                                  ("plain, callee cancelled", your_coro_plain, "callee"),
                                  ("shield, caller cancelled", your_coro_shielded, "caller"),
                                  ("shield, callee cancelled", your_coro_shielded, "callee"),
                                  ("reverse shield, callee cancelled", your_coro_reverse, "callee"),
                                  ("reverse shield, caller cancelled", your_coro_reverse, "caller")):
        log = []
        callee_f = asyncio.ensure_future(callee(log))
        caller = asyncio.create_task(coro_fn(callee_f))
        await asyncio.sleep(1)
        (caller if cancel == "caller" else callee_f).cancel()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        state = lambda t: "cancelled" if t.cancelled() else ("pending" if not t.done() else repr(t.result() if t.exception() is None else t.exception()))
        print(f"{name}: caller {state(caller)}, callee {state(callee_f)}, log {log}")
        if not callee_f.done():
            await callee_f
            print("   callee went on to finish:", callee_f.result(), log)


asyncio.run(main())
