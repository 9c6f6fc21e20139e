# Nested gathers: results nest; an exception in an inner gather propagates to the outer; cancel reaches the leaves.
import asyncio


async def leaf(x):
    await asyncio.sleep(x)
    if x == 4:
        raise ArithmeticError("leaf 4")
    return x * x


async def main():
    r = await asyncio.gather(asyncio.gather(leaf(1), leaf(2)), leaf(3), asyncio.gather(leaf(0.5)))
    print(r)
    try:
        await asyncio.gather(leaf(1), asyncio.gather(leaf(2), leaf(4)))
    except ArithmeticError as e:
        print("ArithmeticError:", e, asyncio.get_running_loop().time())
    outer = asyncio.gather(asyncio.gather(leaf(10), leaf(20)), leaf(30))
    await asyncio.sleep(1)
    outer.cancel()
    print(await asyncio.gather(outer, return_exceptions=True))


asyncio.run(main())
