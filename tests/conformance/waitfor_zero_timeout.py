# wait_for with timeout <= 0: a done future returns its result at once; otherwise the inner is cancelled and TimeoutError raised.
import asyncio


async def quick():
    return "quick"


async def never():
    try:
        await asyncio.sleep(10)
    finally:
        print("never: finally")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done already")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(quick(), 0)
    except asyncio.TimeoutError:
        print("coroutine with timeout 0: TimeoutError (it was never started)")
    t = asyncio.create_task(never())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, -1)
    except asyncio.TimeoutError:
        print("negative timeout: TimeoutError, inner cancelled:", t.cancelled())


asyncio.run(main())
