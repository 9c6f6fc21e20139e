# asyncio's functions and the methods of its Python classes are Python functions in CPython: their
# repr is function.__repr__ ('<function gather at ...>', '<function Queue.put at ...>'), while
# the ones written in C (get_running_loop, Future/Task methods) stay built-ins.
import asyncio
import re

def show(*objs):
    print(*(re.sub(r" at 0x[0-9a-f]+>", " at ADDR>", repr(o)) for o in objs))

show(asyncio.sleep, asyncio.gather, asyncio.run, asyncio.wait_for, asyncio.wait, asyncio.shield)
show(asyncio.create_task, asyncio.ensure_future, asyncio.as_completed, asyncio.timeout, asyncio.new_event_loop)
show(asyncio.Queue.put, asyncio.Queue.get_nowait, asyncio.Lock.acquire, asyncio.Event.set, asyncio.Semaphore.release)
show(asyncio.TaskGroup.create_task, asyncio.Condition.wait_for, asyncio.Barrier.wait)
show(asyncio.get_running_loop, asyncio.Future.result, len)
