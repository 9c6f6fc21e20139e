# [toolkit][wait_for] wait_for() with timeout=None (a plain await), timeout=0 and a negative timeout: a done future returns its result, a pending one is cancelled then TimeoutError
import asyncio


async def value(v, delay=0):
    if delay:
        await asyncio.sleep(delay)
    return v


async def main():
    loop = asyncio.get_running_loop()
    print("None:", await asyncio.wait_for(value("none", 100), None), "at", loop.time())

    f = loop.create_future()
    f.set_result("done")
    print("timeout=0, done future:", await asyncio.wait_for(f, 0))

    for timeout in (0, -1):
        c = value("pending", 1)
        try:
            await asyncio.wait_for(c, timeout)
        except asyncio.TimeoutError as e:
            print(f"timeout={timeout}, coroutine: TimeoutError, cause", type(e.__cause__).__name__)

    t = asyncio.create_task(value("started", 1))
    try:
        await asyncio.wait_for(t, 0)
    except asyncio.TimeoutError:
        print("timeout=0, task: cancelled", t.cancelled(), "at", loop.time())

    t = asyncio.create_task(value("no await"))
    await asyncio.sleep(0)
    print("timeout=0, task already finished:", await asyncio.wait_for(t, 0))

    f = loop.create_future()
    f.set_exception(ZeroDivisionError("zero"))
    try:
        await asyncio.wait_for(f, 0)
    except ZeroDivisionError as e:
        print("timeout=0, failed future raises:", repr(e))


asyncio.run(main())
