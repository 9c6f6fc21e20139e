# CPython runs the event loop through Python frames (asyncio.run, Runner.run, run_until_complete, run_forever, _run_once, Handle._run, ...) that count toward the recursion limit: callbacks and coroutines hit RecursionError at the same depth, and a runaway coroutine's traceback folds the same number of lines.
import asyncio
import traceback


def depth():
    n = 0

    def r():
        nonlocal n
        n += 1
        r()
    try:
        r()
    except RecursionError:
        pass
    return 1000 - n


async def inner():
    print("  nested coroutine", depth())


async def lingering():
    try:
        await asyncio.sleep(100)
    finally:
        print("  cancelled at shutdown", depth())


async def agen():
    try:
        print("  async generator", depth())
        yield 1
    finally:
        print("  async generator closed at shutdown", depth())


async def walk(n):
    return await walk(n + 1)


async def main(linger=True):
    print("  first step", depth())
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("  call_soon callback", depth()))
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("  done callback", depth()))
    loop.call_soon(fut.set_result, 1)
    await fut
    print("  after a wakeup", depth())
    await inner()
    await asyncio.create_task(inner())
    await asyncio.gather(inner())
    async with asyncio.timeout(1):
        await inner()
    t = asyncio.create_task(lingering())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    if linger:
        asyncio.create_task(lingering())
    g = agen()
    await g.__anext__()
    try:
        await walk(0)
    except RecursionError:
        print("  " + [l for l in traceback.format_exc().splitlines() if "repeated" in l][0].strip())
    await asyncio.sleep(0)


print("module", depth())
print("asyncio.run:")
asyncio.run(main())
print("loop.run_until_complete:")
loop = asyncio.new_event_loop()
loop.run_until_complete(main(False))
loop.call_soon(lambda: print("  run_forever callback", depth()))
loop.call_soon(loop.stop)
loop.run_forever()
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("asyncio.Runner:")
with asyncio.Runner() as runner:
    runner.run(main())


def nested():
    asyncio.run(main())


print("asyncio.run from a function:")
nested()
