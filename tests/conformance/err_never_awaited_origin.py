# exact-stderr
# sys.set_coroutine_origin_tracking_depth(): coroutines record cr_origin (innermost first, at most `depth` frames) and the never-awaited RuntimeWarning lists them under "Coroutine created at (most recent call last)" (repeats folded); asyncio debug mode turns tracking on (10 frames) only while the loop runs.
import asyncio
import sys


async def job():
    pass


def make(n):
    if n:
        return make(n - 1)
    return job()


print(sys.get_coroutine_origin_tracking_depth(), job().cr_origin)
sys.set_coroutine_origin_tracking_depth(8)
c = make(6)
print(c.cr_origin)
del c
c = make(6)
c = None
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(0)
print(job().cr_origin)


async def main():
    loop = asyncio.get_running_loop()
    print("debug run:", sys.get_coroutine_origin_tracking_depth())
    deep = make(12)
    print(len(deep.cr_origin), deep.cr_origin[0][1:], deep.cr_origin[-1][1:])
    deep.close()
    loop.set_debug(False)
    a = job()
    await asyncio.sleep(0)
    b = job()
    print(a.cr_origin is None, b.cr_origin is None, sys.get_coroutine_origin_tracking_depth())
    a.close()
    b.close()


asyncio.run(main(), debug=True)
print("after:", sys.get_coroutine_origin_tracking_depth())
