# TaskGroup: when one child fails, its siblings are cancelled and the errors arrive as an ExceptionGroup.
import asyncio


async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name}: connection refused")
        print(f"{name}: done")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled by the group")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("users", 1), name="users")
            tg.create_task(fetch("orders", 2, fail=True), name="orders")
            tg.create_task(fetch("invoices", 3), name="invoices")
    except* ConnectionError as group:
        for error in group.exceptions:
            print("main: handled", repr(error))
    print("main: carrying on at t =", asyncio.get_running_loop().time())


asyncio.run(main())
