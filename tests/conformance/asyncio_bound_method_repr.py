# Methods of the asyncio classes CPython writes in Python, bound to an object, print as
# method.__repr__: "<bound method Queue.put of <Queue at ... maxsize=0>>" (the defining class's
# qualname, then repr(self)); Future/Task methods (C in CPython) stay "<built-in method ...>".
import asyncio

class MyQueue(asyncio.Queue):
    pass

def show(m):
    r = repr(m)
    # addresses out: keep what is before ' at 0x' / the object's repr shape
    import re
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', r))

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    show(q.put)
    show(q.put_nowait)
    show(q.get)
    show(MyQueue(3).put)
    show(asyncio.Lock().acquire)
    show(asyncio.Event().set)
    show(asyncio.Semaphore(2).release)
    show(asyncio.Condition().notify)
    show(asyncio.BoundedSemaphore().locked)
    show(asyncio.Barrier(2).wait)
    show(asyncio.Future().done)
    t = asyncio.current_task()
    show(t.cancel)
    show(asyncio.Queue.put)
    show(asyncio.current_task)
    show(asyncio.sleep)
    h = loop.call_soon(print)
    show(h.cancel)
    h.cancel()
    print(q.put.__self__ is q, q.put.__name__, q.put.__qualname__)
    print(q.put == q.put, q.put == asyncio.Queue().put)
    tm = asyncio.timeout(1)
    show(tm.reschedule)
    async with asyncio.TaskGroup() as tg:
        show(tg.create_task)

asyncio.run(main())
