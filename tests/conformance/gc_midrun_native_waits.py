# gc.collect() while tasks are suspended in asyncio's own coroutines (Lock, Condition.wait_for,
# Barrier, Queue.put/get/join, BoundedSemaphore + wait_for, wait, TaskGroup) that are still
# referenced: nothing live is collected, every task completes as in CPython.
import asyncio
import gc

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition()
    barrier = asyncio.Barrier(3)
    q = asyncio.Queue(1)
    sem = asyncio.BoundedSemaphore(1)
    ev = asyncio.Event()
    log = []

    async def locker(i):
        async with lock:
            await asyncio.sleep(0.1)
            log.append(f"lock{i}")

    async def condw(i):
        async with cond:
            await cond.wait_for(lambda: ev.is_set())
            log.append(f"cond{i}")

    async def barr(i):
        n = await barrier.wait()
        log.append(f"barrier{i}:{n}")

    async def putter():
        for i in range(3):
            await q.put(i)

    async def getter():
        for _ in range(3):
            log.append(f"got{await q.get()}")
            q.task_done()

    async def semw(i):
        async with sem:
            await asyncio.wait_for(asyncio.sleep(0.2), 5)
            log.append(f"sem{i}")

    tasks = [asyncio.create_task(c) for c in
             [locker(0), locker(1), condw(0), condw(1), barr(0), barr(1), putter(), semw(0), semw(1)]]
    tasks.append(asyncio.create_task(asyncio.wait([asyncio.ensure_future(ev.wait())])))
    for _ in range(5):
        await asyncio.sleep(0.05)
        gc.collect()
    await asyncio.gather(getter(), q.join())
    gc.collect()
    async with cond:
        ev.set()
        cond.notify_all()
    gc.collect()
    await barr(2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0.1))
        gc.collect()
    await asyncio.gather(*tasks)
    gc.collect()
    print(log)
    print([t.done() for t in tasks])

asyncio.run(main())
