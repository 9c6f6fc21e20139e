# asyncio's own coroutines (C++ in LoopScope, Python in CPython): __name__ is the short name and
# __qualname__ the qualified one; cr_suspended and cr_await (the awaited future's iterator) follow
# the coroutine's state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    c = asyncio.sleep(1)
    print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(c.cr_running, type(c.cr_await).__name__, c.cr_suspended)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(c.cr_running, c.cr_await, c.cr_suspended)
    q = asyncio.Queue()
    g = q.get()
    print(g.__name__, g.__qualname__)
    g.close()
    f = loop.create_future()
    w = asyncio.wait_for(f, 1)
    print(w.__name__, w.__qualname__)
    w.close()
    lock = asyncio.Lock()
    a = lock.acquire()
    print(a.__name__, a.__qualname__)
    a.close()
    ev = asyncio.Event()
    e = ev.wait()
    t2 = asyncio.ensure_future(e)
    await asyncio.sleep(0)
    print(e.__name__, e.__qualname__, type(e.cr_await).__name__, e.cr_suspended)
    ev.set()
    await t2
    print(e.cr_await, e.cr_suspended)


asyncio.run(main())
