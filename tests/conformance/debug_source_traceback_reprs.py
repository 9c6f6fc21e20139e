# Debug mode (asyncio.run(debug=True)): futures, tasks and handles record where they were
# created (_source_traceback); reprs end with "created at FILE:LINE" -- the program's line, or
# the line of CPython's asyncio code that made the object (asyncio's own paths replaced here).
import asyncio
import re


def show(o):
    print(re.sub(r"\S*/asyncio/", "ASYNCIO/", repr(o)))


async def child():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    show(asyncio.current_task())
    t1 = asyncio.create_task(child())
    t2 = loop.create_task(child())
    t3 = asyncio.ensure_future(child())
    f1 = loop.create_future()
    f2 = asyncio.Future()
    g = asyncio.gather(child(), child())
    h1 = loop.call_soon(print, "x")
    h2 = loop.call_later(5, print)
    h3 = loop.call_at(10, print)
    async with asyncio.TaskGroup() as tg:
        t4 = tg.create_task(child())
        for o in (t1, t2, t3, f1, f2, g, h1, h2, h3, t4):
            show(o)
        st = t2._source_traceback
        print(type(st).__name__, st[-1].name, st[-1].lineno, st[-1].line)
        await asyncio.sleep(0)
        show(t1)
        h2.cancel()
        h3.cancel()
        g.cancel()
        await asyncio.sleep(0)
    try:
        await g
    except asyncio.CancelledError:
        pass
    f1.cancel()
    f2.cancel()
    print(asyncio.Future(loop=loop)._source_traceback is not None)
    loop.set_debug(False)
    print(asyncio.Future(loop=loop)._source_traceback, loop.call_soon(print))


asyncio.run(main(), debug=True)
