# Awaiting a bare Future suspends the task until set_result from a timer; awaiting a done future does not suspend; await yields from __await__.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(2.5, f.set_result, "ready")
    print("awaiting at", loop.time())
    print(await f, "at", loop.time())
    print("again:", await f)
    g = loop.create_future()
    loop.call_later(1, g.set_exception, OSError(5, "I/O trouble"))
    try:
        await g
    except OSError as e:
        print("OSError", e.errno, e.strerror, loop.time())
    it = f.__await__()
    print("done future __await__ ->", type(it).__name__)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)


asyncio.run(main())
