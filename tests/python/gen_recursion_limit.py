# exact-stderr
# A generator or coroutine resumed at the recursion limit raises RecursionError as its frame starts, which ends it: an exhausted generator afterwards, and no 'coroutine ... was never awaited' warning for the coroutine that hit the limit.
import sys
def g(n):
    yield n
    yield from g(n + 1)
it = g(0)
try:
    for x in it:
        pass
except RecursionError as e:
    print("rec", e)
print(next(it, "exhausted"))
sys.setrecursionlimit(60)
def deep(n):
    gen = g(0)
    if n == 0:
        return next(gen)
    return deep(n - 1)
for k in (10, 70):
    try:
        print(deep(k))
    except RecursionError:
        print("deep rec", k)
sys.setrecursionlimit(1000)
import asyncio

async def ainf(n):
    return await ainf(n + 1)

async def main():
    try:
        await ainf(0)
    except RecursionError:
        print("caught RecursionError")

asyncio.run(main())
