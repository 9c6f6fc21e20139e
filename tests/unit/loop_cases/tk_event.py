# [toolkit][event][cancel] Event: wait() returns True at once when set, else blocks until set() wakes every waiter; clear(); a cancelled waiter does not disturb the others
import asyncio


async def main():
    ev = asyncio.Event()
    r = repr(ev)
    print("new:", ev.is_set(), r[r.index("["):])
    log = []

    async def waiter(name):
        try:
            log.append(f"{name} got {await ev.wait()}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    ts = [asyncio.create_task(waiter(n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    r = repr(ev)
    print("waiting:", r[r.index("["):])
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    print("set():", ev.is_set(), "log before yielding:", log)
    await asyncio.sleep(0)
    print("after:", log)
    print("wait() when set:", await ev.wait())
    ev.clear()
    print("clear():", ev.is_set())
    t = asyncio.create_task(waiter("d"))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    print("set then clear before the waiter runs:", log[-1], "is_set", ev.is_set())

    try:
        await asyncio.wait_for(ev.wait(), 1)
    except TimeoutError:
        r = repr(ev)
        print("wait_for timeout:", r[r.index("["):])


asyncio.run(main())
