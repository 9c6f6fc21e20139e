# The done callbacks asyncio itself adds are Python functions in CPython's Lib/asyncio, so future and
# task reprs show them as format_helpers does: qualname, arguments of a functools.partial, and
# ' at FILE:LINE' of their def (the path is the interpreter's own: cut here to '.../asyncio/').
import asyncio
import re

def show(obj):
    print(re.sub(r" at /\S*/asyncio/", " at .../asyncio/", repr(obj)))

async def child(n):
    await asyncio.sleep(n)

async def waiter(aw):
    return await aw

async def main():
    show(asyncio.current_task())
    t = asyncio.create_task(child(1), name="child")
    g = asyncio.gather(t, child(2))
    await asyncio.sleep(0)
    show(t)
    w = asyncio.create_task(asyncio.wait([t], timeout=5))
    await asyncio.sleep(0)
    show(t)
    nxt = next(iter(asyncio.as_completed([t])))
    a = asyncio.create_task(nxt)
    await asyncio.sleep(0)
    show(t)
    inner = asyncio.get_running_loop().create_future()
    wf = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0)
    show(inner)
    s = asyncio.create_task(waiter(asyncio.shield(child(3))), name="shielded")
    await asyncio.sleep(0)
    show(s)
    inner.set_result(None)
    await asyncio.gather(g, w, a, wf, s)

asyncio.run(main())
