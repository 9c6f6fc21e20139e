# inspect.getcoroutinelocals / getgeneratorlocals on suspended, created and closed coroutines and
# generators (CPython's inspect: the frame's f_locals, {} once the frame is gone, TypeError for a
# non-generator).
import asyncio
import inspect


async def leaf(n):
    marker = f"leaf-{n}"
    await asyncio.sleep(1)
    return marker


async def mid():
    value = 41
    return await leaf(value + 1)


def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c


async def main():
    t = asyncio.create_task(mid())
    await asyncio.sleep(0)
    c = t.get_coro()
    print(inspect.getcoroutinelocals(c))
    print(inspect.getcoroutinelocals(c.cr_await))
    fresh = leaf(7)
    print(inspect.getcoroutinelocals(fresh))
    fresh.close()
    print(inspect.getcoroutinelocals(fresh), inspect.getcoroutinelocals(object()))
    t.cancel()
    await asyncio.sleep(0)
    print(inspect.getcoroutinelocals(c))
    g = gen(3)
    print(inspect.getgeneratorlocals(g))
    next(g)
    print(inspect.getgeneratorlocals(g))
    next(g)
    print(inspect.getgeneratorlocals(g))
    g.close()
    print(inspect.getgeneratorlocals(g))
    try:
        inspect.getgeneratorlocals([1])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
