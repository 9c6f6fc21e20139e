# When a waiter's future is no longer in its primitive's waiters (the primitive was re-initialised
# while a task waited), the task's `finally: self._waiters.remove(fut)` fails as CPython 3.11's:
# ValueError '<Future ...> is not in deque', or AttributeError when _waiters became None.
import asyncio


async def main():
    e = asyncio.Event()
    ew = asyncio.create_task(e.wait())
    await asyncio.sleep(0)
    asyncio.Event.__init__(e)
    ew.cancel()
    try:
        await ew
    except Exception as exc:
        print('event waiter:', repr(exc))

    lock = asyncio.Lock()
    await lock.acquire()
    lw = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    asyncio.Lock.__init__(lock)
    lw.cancel()
    try:
        await lw
    except Exception as exc:
        print('lock waiter:', repr(exc))

    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    asyncio.Queue.__init__(q)
    g.cancel()
    try:
        await g
    except BaseException as exc:
        print('queue getter:', repr(exc))


asyncio.run(main())
