# [toolkit][gather][cancel] nested gathers: cancelling the outer gather cancels the inner gather and its children; a child failing after gather was cancelled; gather's exception when a child fails and another is cancelled
import asyncio


async def child(name, delay, log, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(name)
    return name


async def main():
    log = []
    inner = asyncio.gather(child("a", 5, log), child("b", 5, log))
    outer = asyncio.gather(inner, child("c", 5, log))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("nested:", sorted(log), "inner done", inner.done(), "inner cancelled()", inner.cancelled())

    async def fails_on_cancel():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            raise KeyError("on cancel")

    for re in (False, True):
        g = asyncio.gather(fails_on_cancel(), child("d", 5, log), return_exceptions=re)
        await asyncio.sleep(1)
        g.cancel()
        try:
            print(f"return_exceptions={re}: result", await g)
        except asyncio.CancelledError:
            print(f"return_exceptions={re}: CancelledError")
        except KeyError as e:
            print(f"return_exceptions={re}: KeyError", e)

    log = []
    a = asyncio.ensure_future(child("x", 1, log, fail=True))
    b = asyncio.ensure_future(child("y", 2, log))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("cancelled child first: CancelledError", log)
    except ValueError as e:
        print("cancelled child first: ValueError", e)
    await asyncio.sleep(2)
    print("x:", repr(a.exception()))


asyncio.run(main())
