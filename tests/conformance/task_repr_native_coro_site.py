# Task reprs of asyncio's own coroutines (C++ in LoopScope) name CPython's source as its Python
# _format_coroutine does: 'sleep() running at .../asyncio/tasks.py:649' at the await the coroutine
# waits on (sleep(0)'s 640, wait_for's 452/476/485), 'done, defined at FILE:DEFLINE' once finished.
import asyncio
import re


def show(t):
    # the stdlib's directory depends on the installation: keep asyncio/FILE:LINE
    print(re.sub(r'at \S*/asyncio/', 'at .../asyncio/', repr(t)))

async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(asyncio.sleep(1))
    show(t1)
    await asyncio.sleep(0)
    show(t1)
    t0 = asyncio.create_task(asyncio.sleep(0))
    await asyncio.sleep(0)
    show(t0)
    await asyncio.sleep(0)
    show(t0)
    q = asyncio.Queue()
    t2 = asyncio.create_task(q.get())
    ev = asyncio.Event()
    t3 = asyncio.create_task(ev.wait())
    lock = asyncio.Lock()
    await lock.acquire()
    t4 = asyncio.create_task(lock.acquire())
    f = loop.create_future()
    t5 = asyncio.create_task(asyncio.wait_for(f, None))
    t6 = asyncio.create_task(asyncio.wait_for(loop.create_future(), 10))
    t7 = asyncio.create_task(asyncio.wait([loop.create_future()]))
    sem = asyncio.Semaphore(0)
    t8 = asyncio.create_task(sem.acquire())
    cond = asyncio.Condition()
    async def cw():
        async with cond:
            await cond.wait()
    t9 = asyncio.create_task(cw())
    await asyncio.sleep(0)
    for t in (t2, t3, t4, t5, t6, t7, t8):
        show(t)
    for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9):
        t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for t in (t1, t2, t3, t4, t5, t6, t7, t8):
        show(t)
    f.cancel()

asyncio.run(main())
