# athrow()/aclose()/asend() on a closed or exhausted async generator (CPython 3.11: athrow and aclose give None, asend raises StopAsyncIteration).
import asyncio


async def gen():
    yield 1


async def main():
    g = gen()
    await anext(g)
    await g.aclose()
    print("closed athrow:", await g.athrow(KeyError("a")))
    print("closed athrow type:", await g.athrow(ValueError))
    print("closed aclose:", await g.aclose())
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("closed asend: StopAsyncIteration")
    g3 = gen()
    async for _ in g3:
        pass
    print("exhausted athrow:", await g3.athrow(KeyError("b")))
    g4 = gen()
    try:
        await g4.athrow(KeyError("c"))
    except KeyError as e:
        print("fresh athrow raised", repr(e))
    print("fresh after athrow:", await g4.athrow(KeyError("d")))
    g5 = gen()
    await anext(g5)
    try:
        await g5.athrow(KeyError("e"))
    except KeyError as e:
        print("started athrow raised", repr(e))
    print("started after athrow:", await g5.athrow(KeyError("f")))
    try:
        await anext(g5)
    except StopAsyncIteration:
        print("anext: StopAsyncIteration")


asyncio.run(main())
