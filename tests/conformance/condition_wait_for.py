# Condition.wait_for(predicate) loops until the predicate is true; notify without holding the lock raises RuntimeError.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    async def waiter():
        async with cond:
            r = await cond.wait_for(lambda: state["n"] >= 3)
            print("predicate true with n =", state["n"], "returned", r, "at", asyncio.get_running_loop().time())

    t = asyncio.create_task(waiter())
    for _ in range(4):
        await asyncio.sleep(1)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await t
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
