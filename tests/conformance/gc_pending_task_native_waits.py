# A task suspended in one of asyncio's own coroutines (Event.wait, Queue.get/put/join, Lock,
# Semaphore, Condition, Barrier, wait_for, wait, gather, timeout, TaskGroup, shield) on a loop
# that was closed is part of a reference cycle; gc.collect() collects it: the coroutine is
# closed (its finally runs; Queue.get/put's getter.cancel() fails on the closed loop: 'Exception
# ignored in') and the task reports 'Task was destroyed but it is pending!'.
import asyncio, gc

async def forever(kind, obj):
    try:
        if kind == "sleep":
            await asyncio.sleep(100)
        elif kind == "event":
            await obj.wait()
        elif kind == "queue":
            await obj.get()
        elif kind == "lock":
            await obj.acquire()
        elif kind == "sem":
            await obj.acquire()
        elif kind == "cond":
            async with obj:
                await obj.wait()
        elif kind == "wait_for":
            await asyncio.wait_for(obj.wait(), 100)
        elif kind == "wait":
            await asyncio.wait([asyncio.ensure_future(obj.wait())])
        elif kind == "gather":
            await asyncio.gather(obj.wait())
        elif kind == "timeout":
            async with asyncio.timeout(100):
                await obj.wait()
        elif kind == "tg":
            async with asyncio.TaskGroup() as tg:
                tg.create_task(obj.wait())
        elif kind == "barrier":
            await obj.wait()
        elif kind == "shield":
            await asyncio.shield(obj.wait())
        elif kind == "put":
            await obj.put(1); await obj.put(2)
        elif kind == "join":
            obj.put_nowait(1)
            await obj.join()
    finally:
        print(kind, "finally")

def main(kind):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    obj = {"event": asyncio.Event, "queue": asyncio.Queue, "lock": asyncio.Lock, "sem": lambda: asyncio.Semaphore(0),
           "cond": asyncio.Condition, "barrier": lambda: asyncio.Barrier(2), "put": lambda: asyncio.Queue(1),
           "join": asyncio.Queue}.get(kind, asyncio.Event)()
    if kind == "lock":
        loop.run_until_complete(obj.acquire())
    t = loop.create_task(forever(kind, obj))
    loop.run_until_complete(asyncio.sleep(1))
    loop.close()
    asyncio.set_event_loop(None)

for k in ["sleep", "event", "queue", "lock", "sem", "cond", "wait_for", "wait", "gather", "timeout", "tg", "barrier", "shield", "put", "join"]:
    main(k)
    gc.collect()
    print("collected", k)
print("end of program")
