# [toolkit][shield][cancel] shield(): the inner future's result, exception and cancellation are copied to the outer future; a done inner is returned as is
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result(1)
    print("shield(done) is done:", asyncio.shield(done) is done)

    inner = loop.create_future()
    outer = asyncio.shield(inner)
    print("outer is a new future:", outer is not inner, "done:", outer.done())
    inner.set_result(42)
    await asyncio.sleep(0)
    print("result copied:", outer.result())

    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.set_exception(ValueError("boom"))
    await asyncio.sleep(0)
    print("exception copied:", repr(outer.exception()))

    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.cancel("inner msg")
    await asyncio.sleep(0)
    print("inner cancelled -> outer cancelled:", outer.cancelled())
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer raises CancelledError, args:", e.args)

    async def coro():
        await asyncio.sleep(1)
        return "from coro"

    outer = asyncio.shield(coro())
    print("shield(coroutine) returns a", type(outer).__name__)
    print("await shield(coroutine):", await outer)

    try:
        asyncio.shield(42)
    except TypeError as e:
        print("shield(42):", e)


asyncio.run(main())
