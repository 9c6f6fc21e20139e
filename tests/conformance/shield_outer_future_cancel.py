# Cancelling the outer future returned by shield() directly leaves the inner running; later results are not copied.
import asyncio


async def inner():
    await asyncio.sleep(2)
    return "inner done"


async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.shield(t)
    print("outer is task?", isinstance(outer, asyncio.Task), "outer is t?", outer is t)
    print("cancel outer:", outer.cancel())
    await asyncio.sleep(0)
    print("outer cancelled:", outer.cancelled(), "inner done:", t.done())
    print(await t, asyncio.get_running_loop().time())
    print("outer still cancelled:", outer.cancelled())


asyncio.run(main())
