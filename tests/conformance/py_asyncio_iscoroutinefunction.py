# asyncio.iscoroutinefunction / inspect.iscoroutinefunction of asyncio's own functions and methods: True for the ones that are async def in CPython (sleep, wait, Queue.get, Lock.acquire, ...), bound, unbound or through functools.partial.
import asyncio, inspect
names = ["sleep", "wait", "wait_for", "gather", "shield", "create_task", "run", "to_thread", "as_completed", "ensure_future"]
for n in names:
    f = getattr(asyncio, n)
    print(n, asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f))
for cls, meths in ((asyncio.Queue, ["get", "put", "join", "get_nowait", "put_nowait"]), (asyncio.Lock, ["acquire", "release", "__aenter__", "__aexit__"]),
                   (asyncio.Event, ["wait", "set"]), (asyncio.Condition, ["wait", "wait_for", "notify", "__aenter__"]), (asyncio.Semaphore, ["acquire", "release"]),
                   (asyncio.Barrier, ["wait", "reset", "abort"]), (asyncio.TaskGroup, ["__aenter__", "__aexit__", "create_task"]), (asyncio.Timeout, ["__aenter__", "reschedule"]),
                   (asyncio.PriorityQueue, ["get"]), (asyncio.BaseEventLoop, ["shutdown_asyncgens", "run_in_executor", "create_task"])):
    for m in meths:
        f = getattr(cls, m)
        print(cls.__name__, m, asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f))
async def main():
    q = asyncio.Queue()
    print("bound", asyncio.iscoroutinefunction(q.get), inspect.iscoroutinefunction(q.get), asyncio.iscoroutinefunction(q.put_nowait))
    loop = asyncio.get_running_loop()
    print("loop", asyncio.iscoroutinefunction(loop.shutdown_asyncgens), inspect.iscoroutinefunction(loop.call_soon))
    import functools
    print("partial", asyncio.iscoroutinefunction(functools.partial(asyncio.sleep, 0)))
asyncio.run(main())
