# threading.Thread started by hand (LoopScope: a green thread on the virtual clock, run at once
# until it first blocks): names "Thread-N (target)", subclasses overriding run(), join() with and
# without a timeout, is_alive(), enumerate()/active_count(), current_thread() inside the thread,
# daemon inheritance and errors (start twice, join before start, join the current thread),
# threading.Timer fired and cancelled, an exception in a thread reported through
# threading.excepthook (default and custom; SystemExit silent), and the exit waiting for a
# non-daemon thread while a daemon one is abandoned. Real CPython, real sleeps spaced 0.1 s apart.
import io
import sys
import threading
import time

T0 = time.monotonic()


def now():
    return f"t{round((time.monotonic() - T0) / 0.1)}"


def worker(n, delay):
    time.sleep(delay)
    print(now(), "end", n, threading.current_thread().name)
    return n


class Sub(threading.Thread):
    def __init__(self, k):
        super().__init__(name=f"sub-{k}")
        self.k = k
        self.result = None

    def run(self):
        time.sleep(0.24)
        self.result = self.k * 10
        print(now(), "sub run", self.name, threading.current_thread() is self, self.daemon)


ts = [threading.Thread(target=worker, args=(i, 0.1 * (3 - i))) for i in range(3)]
print([t.name for t in ts], ts[0].is_alive(), ts[0].ident, ts[0].daemon)
print(repr(ts[0]))
for t in ts:
    t.start()
print(now(), "started", threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(ts[0].ident != threading.main_thread().ident, isinstance(ts[0].ident, int))
s = Sub(7)
s.start()
ts[0].join(0.12)
print(now(), "after join timeout", ts[0].is_alive(), [t.is_alive() for t in ts])
for t in ts:
    t.join()
    print(now(), "joined", t.name, t.is_alive(), t in threading.enumerate())
s.join()
print(now(), s.result, s.is_alive(), threading.active_count(), repr(s).split(" ")[0])


def spawns():
    inner = threading.Thread(target=worker, args=("inner", 0.1))
    print("inner daemon", inner.daemon, inner.name)
    inner.start()
    inner.join()
    print(now(), "spawner done", threading.current_thread().name)


d = threading.Thread(target=spawns, daemon=True)
d.start()
d.join()
for bad in (lambda: d.start(), lambda: threading.Thread(target=worker).join(),
            lambda: threading.current_thread().join()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

tm = threading.Timer(0.2, print, args=("timer fired",))
tm2 = threading.Timer(0.1, print, args=("never",))
print(tm.name, tm2.name)
tm.start()
tm2.start()
tm2.cancel()
tm.join()
print(now(), "timer joined", tm2.is_alive())


def bad(x):
    time.sleep(0.1)
    return 1 / x


def report(start):
    # The default hook's report: the header, the program's frames and the error (threading's own
    # frames are left out: their file path depends on the installation).
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        start()
    finally:
        sys.stderr = old
    keep = True
    for line in buf.getvalue().splitlines():
        if line.startswith("  File"):
            keep = "threading.py\"" not in line and "<frozen threading>" not in line
        elif not line.startswith("    "):
            keep = True
        if keep:
            print("|", line)


def run_bad():
    t = threading.Thread(target=bad, args=(0,))
    t.start()
    t.join()
    print("joined", t.is_alive())


class Boom(threading.Thread):
    def run(self):
        raise KeyError("k")


def run_boom():
    b = Boom()
    b.start()
    b.join()


report(run_bad)
report(run_boom)


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, args.exc_traceback is not None)


threading.excepthook = hook
t = threading.Thread(target=bad, args=(0,), name="custom")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
report(lambda: (threading.Thread(target=sys.exit, args=(3,)).start(), time.sleep(0.1)))
print("after sys.exit thread")


def late():
    time.sleep(0.3)
    print(now(), "late thread done")


def daemon_forever():
    while True:
        time.sleep(0.1)


threading.Thread(target=late).start()
threading.Thread(target=daemon_forever, daemon=True).start()
print(now(), "main ends")
