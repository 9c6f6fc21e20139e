# threading.local, threading.Barrier and queue.Queue with started threads (LoopScope: green
# threads on the virtual clock): each thread sees its own local attributes (a subclass's __init__
# runs again in each thread with the constructor's arguments), a Barrier for three parties with
# an action, a timeout that breaks it, abort(); a bounded Queue between a producer and a consumer
# with task_done()/join(). Real CPython, real sleeps spaced 0.1 s apart.
import queue
import threading
import time

T0 = time.monotonic()


def now():
    return f"t{round((time.monotonic() - T0) / 0.1)}"


q = queue.Queue(maxsize=2)


def producer():
    for i in range(5):
        q.put(i)
        print(now(), "put", i, q.qsize() <= 2)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.1)
        print(now(), "got", item)
        q.task_done()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
q.join()
print(now(), "queue joined", q.empty())

loc = threading.local()
loc.x = "main"


class MyLocal(threading.local):
    def __init__(self, start):
        print("MyLocal init in", threading.current_thread().name, start)
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


ml = MyLocal(10)
ml.bump()
seen = {}


def setx(v):
    loc.x = v
    time.sleep(0.1 if v == "a" else 0.2)
    seen[v] = (loc.x, getattr(loc, "y", None), ml.bump(), ml.bump())


ts = [threading.Thread(target=setx, args=(v,), name="local-" + v) for v in "ab"]
for t in ts:
    t.start()
loc.y = 1
for t in ts:
    t.join()
print("seen", sorted(seen.items()))
print("main sees", loc.x, loc.y, ml.count, type(loc).__name__, isinstance(ml, threading.local))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

T0 = time.monotonic()
b = threading.Barrier(3, action=lambda: print(now(), "barrier action", threading.current_thread().name))
passed = {}


def at_barrier(n):
    time.sleep(0.1 * n)
    passed[n] = (b.wait(), now())


ts = [threading.Thread(target=at_barrier, args=(n,), name=f"party-{n}") for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(now(), "barrier done", sorted(i for i, _ in passed.values()), sorted(w for _, w in passed.values()),
      b.n_waiting, b.broken, b.parties)

T0 = time.monotonic()
b2 = threading.Barrier(2, timeout=0.2)


def lonely():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print(now(), "broken in", threading.current_thread().name, b2.broken)


t = threading.Thread(target=lonely)
t.start()
t.join()
b2.reset()
print(now(), "reset", b2.broken)
t = threading.Thread(target=lonely)
t.start()
time.sleep(0.1)
b2.abort()
t.join()
print(now(), "aborted", b2.broken)
