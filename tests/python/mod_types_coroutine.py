# types.coroutine: a generator-based coroutine can be awaited (and async defs pass through)
import asyncio
import types
@types.coroutine
def legacy(n):
    got = yield
    return n * 2
@types.coroutine
def plain():
    return 'not a generator'
async def main():
    print('legacy', await legacy(21))
    print(plain())
    print(types.coroutine(main) is main, legacy.__name__)
asyncio.run(main())
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
