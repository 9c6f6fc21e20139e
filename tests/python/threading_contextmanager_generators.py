# Blocking inside a @contextmanager's generator and a generator driven by next() in a started
# threading.Thread (LoopScope: next(gen) runs the generator's frame in the thread's own chain, so
# that the green thread suspends there on the virtual clock while the main thread goes on).
# Real CPython, real sleeps.
import contextlib
import threading
import time

T0 = time.monotonic()


def now():
    return ""  # the order of the lines shows the interleaving (events 0.1 s apart)


lock = threading.Lock()


@contextlib.contextmanager
def held(tag):
    time.sleep(0.2)
    with lock:
        print(now(), tag, "entered")
        try:
            yield tag.upper()
        finally:
            time.sleep(0.2)
            print(now(), tag, "exited")


def ticks(n):
    for i in range(n):
        time.sleep(0.2)
        yield i


def job():
    with held("cm") as v:
        print(now(), "body", v)
    g = ticks(2)
    print(now(), "tick", next(g))
    print(now(), "tick", next(g))
    print(now(), "exhausted", next(g, None))
    with held("cm2") as v:
        print(now(), "body", v)


t = threading.Thread(target=job)
t.start()
time.sleep(0.1)
for i in range(7):
    print(now(), "main", i)
    time.sleep(0.2)
t.join()
print(now(), "end")
