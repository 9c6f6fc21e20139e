# [toolkit][gather] gather() edge cases: no arguments, the same coroutine or future twice, a non-awaitable argument, an already failed future
import asyncio


async def value(v):
    return v


async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather()
    print("gather(): done", g.done(), "result", g.result())
    print("await gather():", await asyncio.gather())

    f = loop.create_future()
    g = asyncio.gather(f, f, f)
    f.set_result("same")
    print("same future thrice:", await g)

    c = value("coro")
    print("same coroutine twice:", await asyncio.gather(c, c))

    try:
        asyncio.gather(value(1), 42)
    except TypeError as e:
        print("non-awaitable:", e)

    bad = loop.create_future()
    bad.set_exception(KeyError("k"))
    try:
        await asyncio.gather(bad, value(2))
    except KeyError as e:
        print("already failed future:", repr(e))
    res = await asyncio.gather(bad, value(2), return_exceptions=True)
    print("already failed, return_exceptions:", [repr(r) for r in res])

    g = asyncio.gather(value(1), value(2))
    print("gather type:", type(g).__name__, "is a Future:", isinstance(g, asyncio.Future))
    print(await g)


asyncio.run(main())
