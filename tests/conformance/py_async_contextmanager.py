# contextlib.asynccontextmanager and AsyncExitStack around awaits on the virtual clock, with an exception passing through.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print(f"open {name} at {loop.time()}")
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.5)
        print(f"close {name} at {loop.time()}")


async def main():
    async with connection("db") as c:
        print("using", c)
    try:
        async with connection("cache"):
            raise ConnectionResetError("peer reset")
    except ConnectionResetError as e:
        print("escaped:", e)
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ("x", "y")]
        stack.push_async_callback(asyncio.sleep, 0)
        print("stack holds", conns)


asyncio.run(main())
