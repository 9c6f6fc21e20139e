# functools.partial callbacks on the loop, itertools.count ids, a deque work queue, seeded random delays
import asyncio
import functools
import itertools
import random
from collections import deque
random.seed(2024)
ids = itertools.count(1)
log = deque(maxlen=5)
def record(kind, n, *, when):
    log.append((kind, n, round(when, 3)))
async def job(n):
    delay = random.choice([0.1, 0.2, 0.3])
    await asyncio.sleep(delay)
    return n, delay
async def main():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        n = next(ids)
        loop.call_soon(functools.partial(record, 'soon', n, when=loop.time()))
        loop.call_later(0.05 * n, functools.partial(record, 'later', n, when=0.05 * n))
    results = await asyncio.gather(*(job(next(ids)) for _ in range(4)))
    print(results)
    print(list(log), log.maxlen)
    print(repr(functools.partial(record, 'x', 1, when=0)).startswith('functools.partial(<function record at'))
asyncio.run(main())
