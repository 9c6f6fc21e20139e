# Threads blocking inside a with statement's __enter__ / __exit__ (LoopScope: these Python
# methods run in the thread's own chain of frames, so that the green thread suspends there on the
# virtual clock instead of running ahead): three threads contending for one threading.Lock taken
# with `with lock:`, an RLock re-entered, a Condition a consumer waits on, a Semaphore limiting
# two of three threads, and a class-based context manager sleeping in __enter__ and __exit__.
# Real CPython, real sleeps spaced 0.1 s apart.
import threading
import time

T0 = time.monotonic()


def now():
    return f"t{round((time.monotonic() - T0) / 0.1)}"


lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
sem = threading.Semaphore(2)
items = []


def worker(n):
    if n:
        time.sleep(0.2 * n - 0.1)  # one waiter at a time: CPython's lock wakes waiters in no set order
    with lock:
        print(now(), "worker", n, "has lock")
        with rlock:
            with rlock:
                time.sleep(0.2)
        print(now(), "worker", n, "releasing")


def consumer():
    with cond:
        while not items:
            cond.wait()
        print(now(), "consumed", items.pop(), threading.current_thread().name)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
c = threading.Thread(target=consumer, name="consumer")
c.start()
time.sleep(0.1)
print(now(), "main")
with cond:
    items.append("x")
    cond.notify()
for t in ts + [c]:
    t.join()
print(now(), "all joined", lock.locked())


def limited(n):
    with sem:
        print(now(), "limited", n, "in")
        time.sleep(0.3 + 0.1 * n + 0.1 * (n == 2))
        print(now(), "limited", n, "leaving")


class Slow:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        time.sleep(0.17)
        print(now(), self.tag, "entered")
        return self.tag

    def __exit__(self, *exc):
        time.sleep(0.17)
        print(now(), self.tag, "exited", exc[0])
        return True


def slow_cm():
    with Slow("cm") as tag:
        print(now(), "body", tag)
    with Slow("cm2"):
        raise KeyError("swallowed")
    print(now(), "after cm2")


T0 = time.monotonic()
ts = [threading.Thread(target=limited, args=(i,)) for i in range(3)]
ts.append(threading.Thread(target=slow_cm))
for t in ts:
    t.start()
time.sleep(0.03)
print(now(), "main", threading.active_count())
for t in ts:
    t.join()
print(now(), "end", threading.active_count())
