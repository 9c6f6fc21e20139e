# [toolkit][condition][cancel] Condition: a waiter notified then cancelled before it runs loses the notification in 3.11 (the others stay waiting); notify() skips waiters cancelled earlier; wait_for checks its predicate on every wake-up
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
                log.append(f"{name} woke")
            except asyncio.CancelledError:
                log.append(f"{name} cancelled")
                raise

    ts = [asyncio.create_task(waiter(n)) for n in "abc"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    ts[0].cancel()
    for _ in range(5):
        await asyncio.sleep(0)
    print("notified then cancelled:", log, "waiters", len(cond._waiters))
    async with cond:
        cond.notify_all()
    for _ in range(5):
        await asyncio.sleep(0)
    print("after notify_all:", log)

    log.clear()
    ts = [asyncio.create_task(waiter(n)) for n in "de"]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    for _ in range(3):
        await asyncio.sleep(0)
    print("cancelled waiter skipped:", log)

    checks = []
    state = {"n": 0}

    async def pred_waiter():
        async with cond:
            await cond.wait_for(lambda: checks.append(state["n"]) or state["n"] >= 3)
            return checks

    t = asyncio.create_task(pred_waiter())
    for i in range(1, 4):
        await asyncio.sleep(1)
        async with cond:
            state["n"] = i
            cond.notify()
    print("predicate checked:", await t)


asyncio.run(main())
