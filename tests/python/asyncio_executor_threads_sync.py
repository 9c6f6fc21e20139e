# Executor jobs waiting on threading/queue primitives while the event loop goes on (CPython: worker
# threads; LoopScope: green threads on its virtual clock): queue.Queue.get(timeout=) fed by a task,
# threading.Event set by a task, a Lock shared by two jobs, a Semaphore limiting them, Condition
# notify, Queue.join with task_done, and the worker thread's name. Expected output from real
# CPython with real sleeps: events at distinct times, printed rounded to 0.1 s.
import asyncio, time, threading, queue
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()


def now():
    return f"{time.monotonic() - T0:.1f}"


def consumer(q, stop):
    t = threading.current_thread()
    print(now(), "consumer in", t.name, t is threading.main_thread(), threading.get_ident() != threading.main_thread().ident)
    got = []
    while not stop.is_set():
        try:
            item = q.get(timeout=0.3)
        except queue.Empty:
            print(now(), "empty")
            continue
        print(now(), "got", item)
        got.append(item)
    return got


def waiter(ev):
    print(now(), "waiting in", threading.current_thread().name)
    r = ev.wait()
    print(now(), "event", r)
    return "w"


lock = threading.Lock()


def locker(name, d):
    with lock:
        print(now(), name, "has the lock")
        time.sleep(d)
    return name


sem = threading.Semaphore(2)


def limited(i, d):
    with sem:
        print(now(), "limited", i, "runs")
        time.sleep(d)
    return i


cond = threading.Condition()
ready = []


def cond_waiter():
    with cond:
        ok = cond.wait_for(lambda: ready, timeout=2)
        print(now(), "condition", ok)
    return ready[0]


def worker(q):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return "worker done"
        time.sleep(0.2)
        print(now(), "processed", item)
        q.task_done()


async def main():
    global T0
    q = queue.Queue()
    stop = threading.Event()
    task = asyncio.ensure_future(asyncio.to_thread(consumer, q, stop))
    await asyncio.sleep(0.1)
    for i in range(3):
        q.put(i)
        await asyncio.sleep(0.2)
    await asyncio.sleep(0.5)
    stop.set()
    r = await task
    print(now(), "result", r)

    T0 = time.monotonic()
    ev = threading.Event()
    t = asyncio.ensure_future(asyncio.to_thread(waiter, ev))
    await asyncio.sleep(0.5)
    print(now(), "setting")
    ev.set()
    r = await t
    print(now(), r)

    T0 = time.monotonic()
    r = await asyncio.gather(asyncio.to_thread(locker, "a", 0.2), asyncio.to_thread(locker, "b", 0.1))
    print(now(), r)

    T0 = time.monotonic()
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="pool") as ex:
        r = await asyncio.gather(*(loop.run_in_executor(ex, limited, i, d) for i, d in enumerate([0.3, 0.5, 0.1, 0.4])))
        print(now(), r)
        T0 = time.monotonic()
        f = loop.run_in_executor(ex, cond_waiter)
        await asyncio.sleep(0.3)
        with cond:
            ready.append("go")
            cond.notify()
        r = await f
        print(now(), r)


asyncio.run(main())

T0 = time.monotonic()
q = queue.Queue()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(worker, q)
    for i in range(3):
        q.put(i)
    q.join()
    print(now(), "joined")
    q.put(None)
    print(now(), f.result())
