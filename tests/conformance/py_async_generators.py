# Async generators: async for, async comprehensions, asend/athrow/aclose, StopAsyncIteration, on the virtual clock.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def echo():
    received = None
    try:
        while True:
            received = yield f"echo:{received}"
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("  echo finalized")


async def main():
    loop = asyncio.get_running_loop()
    async for i in ticker(3, 0.5):
        print("tick", i, loop.time())
    print([i async for i in ticker(4, 1) if i % 2 == 0], loop.time())
    g = echo()
    print(await g.asend(None), await g.asend("a"), await g.asend("b"))
    print(await g.athrow(ValueError("bad")))
    await g.aclose()
    try:
        await g.asend("after close")
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(type(g).__name__, type(ticker).__name__)


asyncio.run(main())
