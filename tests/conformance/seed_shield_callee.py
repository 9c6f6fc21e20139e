# Seed: shield keeps a shared callee running when one of its callers is cancelled.
import asyncio


async def callee():
    print("callee: working")
    await asyncio.sleep(10)
    print("callee: done at", asyncio.get_running_loop().time())
    return "result"


async def caller(name, fut, use_shield):
    try:
        if use_shield:
            r = await asyncio.shield(fut)
        else:
            r = await fut
        print(name, "got", r)
    except asyncio.CancelledError:
        print(name, "cancelled; callee done?", fut.done())
        raise


async def main():
    fut = asyncio.ensure_future(callee())
    c1 = asyncio.create_task(caller("caller1", fut, True))
    c2 = asyncio.create_task(caller("caller2", fut, True))
    await asyncio.sleep(1)
    c2.cancel()
    await asyncio.sleep(0)
    print("callee cancelled?", fut.cancelled())
    await c1
    print("c2 cancelled:", c2.cancelled())

    fut = asyncio.ensure_future(callee())
    c3 = asyncio.create_task(caller("caller3", fut, False))
    await asyncio.sleep(1)
    c3.cancel()
    await asyncio.gather(c3, return_exceptions=True)
    print("without shield the callee is cancelled:", fut.cancelled())


asyncio.run(main())
