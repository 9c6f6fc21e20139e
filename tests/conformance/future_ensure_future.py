# ensure_future wraps coroutines into Tasks, returns futures unchanged, wraps awaitables, and rejects other objects.
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(1).__await__()
        return "from __await__"


async def coro():
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    f = loop.create_future()
    print("same future:", asyncio.ensure_future(f) is f)
    f.cancel()
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w, loop.time())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
