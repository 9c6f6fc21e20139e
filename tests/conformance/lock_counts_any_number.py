# Semaphore, BoundedSemaphore and Barrier keep the count they were given whatever its type, as
# locks.py does: __init__ only checks `value < 0` / `parties < 1`; acquire/release add and subtract
# 1, locked() compares with 0, BoundedSemaphore.release() compares with _bound_value, and Barrier
# releases its tasks when `index + 1 == self._parties`. Floats, Fractions, bools and big ints work;
# a value that cannot be compared is the comparison's TypeError. Queue's maxsize likewise.
import asyncio
import fractions
import re


def R(o):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(o))


def t(label, f):
    try:
        print(label, "ok", R(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o

    def __gt__(self, o):
        return self.v > o

    def __ge__(self, o):
        return self.v >= (o.v if isinstance(o, Num) else o)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)

    def __sub__(self, o):
        return Num(self.v - o)

    def __add__(self, o):
        return Num(self.v + o)

    def __format__(self, spec):
        return f"Num({self.v})"

    def __repr__(self):
        return f"Num<{self.v}>"


def tail(o):
    return repr(o).split("[")[1]


async def main():
    for v in [1.5, 0.5, 0.0, True, False, fractions.Fraction(3, 2), Num(2), "x", None, -0.5, 2**70]:
        t(f"Semaphore({v!r})", lambda: asyncio.Semaphore(v))
        t(f"BoundedSemaphore({v!r})", lambda: asyncio.BoundedSemaphore(v))
        t(f"Barrier({v!r})", lambda: asyncio.Barrier(v))
        t(f"Queue({v!r})", lambda: asyncio.Queue(v))
    s = asyncio.Semaphore(1.5)
    print(s.locked(), s._value, await s.acquire(), s._value, s.locked(), tail(s))
    print(await s.acquire(), s._value, s.locked(), tail(s))

    async def w():
        await s.acquire()
        print("w acquired", s._value)

    task = asyncio.create_task(w())
    await asyncio.sleep(0)
    print("locked?", s.locked(), s._value, tail(s))
    s.release()
    print("after release", s._value)
    await task
    print("end", s._value, s.locked())

    b = asyncio.BoundedSemaphore(1.5)
    await b.acquire()
    print(b._value, b._bound_value)
    b.release()
    t("b.release again", lambda: b.release())
    print(b._value, type(b._bound_value).__name__)

    s2 = asyncio.Semaphore(Num(2))
    print(s2.locked(), tail(s2))
    await s2.acquire()
    print(s2._value, s2.locked())
    await s2.acquire()
    print(s2._value, s2.locked())
    s2.release()
    print(s2._value)

    s3 = asyncio.Semaphore(2**70)
    await s3.acquire()
    print(s3._value, tail(s3))
    s3._value = "x"
    t("locked str", lambda: s3.locked())
    t("acquire str", lambda: s3.acquire().send(None))
    t("release str", lambda: s3.release())
    s3._value = 0.0
    print(s3.locked())

    bb = asyncio.BoundedSemaphore(True)
    print(bb._value, bb._bound_value, await bb.acquire(), bb._value)
    bb.release()
    print(bb._value)
    t("bb release", lambda: bb.release())

    bar = asyncio.Barrier(2.0)
    print(tail(bar), bar.parties, bar._parties)

    async def bw(i):
        r = await bar.wait()
        print("barrier", i, r)

    await asyncio.gather(bw(1), bw(2))
    bar = asyncio.Barrier(1.5)
    print(tail(bar), bar.parties)
    task = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    t2 = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    print(tail(bar), bar.n_waiting, task.done(), t2.done())
    await bar.abort()
    await asyncio.gather(task, t2, return_exceptions=True)
    print(tail(bar), repr(task.exception()), repr(t2.exception()))

    q = asyncio.Queue(1.5)
    print(q.maxsize, q.full(), R(q))
    q.put_nowait(1)
    print(q.full())
    q.put_nowait(2)
    print(q.full())
    t("put 3", lambda: q.put_nowait(3))
    t("Queue x full", lambda: asyncio.Queue("x").full())
    t("Queue x put", lambda: asyncio.Queue("x").put_nowait(1))
    t("Queue None put", lambda: asyncio.Queue(None).put_nowait(1))
    t("LifoQueue 1.5", lambda: asyncio.LifoQueue(1.5).maxsize)
    t("PriorityQueue 1.5", lambda: asyncio.PriorityQueue(1.5).full())


asyncio.run(main())

# Instances whose __init__ never ran: the missing attribute is named with the instance's type.
for cls in [asyncio.Semaphore, asyncio.BoundedSemaphore]:
    s = cls.__new__(cls)
    t("locked", lambda: s.locked())
    t("release", lambda: s.release())
    t("_value", lambda: s._value)
    t("acquire", lambda: s.acquire().send(None))
    t("repr", lambda: repr(s)[-20:])
    t("bound", lambda: s._bound_value)
b = asyncio.Barrier.__new__(asyncio.Barrier)
t("repr", lambda: repr(b)[-20:])
