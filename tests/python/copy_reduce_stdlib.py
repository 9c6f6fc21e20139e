# copy.copy/deepcopy through __reduce__/__reduce_ex__/__setstate__ of stdlib objects
# (timezone, aware datetimes, UUID, bytearray, exceptions, slice) and dataclasses.asdict().
import copy, uuid
from dataclasses import dataclass, asdict, field
from datetime import datetime, timezone, timedelta, time


@dataclass
class Event:
    when: datetime
    id: uuid.UUID
    tags: list = field(default_factory=list)


tz = timezone(timedelta(hours=2), "CEST")
ev = Event(datetime(2026, 1, 1, 12, 30, tzinfo=tz), uuid.UUID(int=5), ["a"])
print(asdict(ev))
print(asdict(Event(datetime(2026, 1, 1, tzinfo=timezone.utc), uuid.UUID(int=7))))
print(repr(copy.copy(timezone.utc)), repr(copy.deepcopy(tz)))
print(timezone.utc.__reduce__())
print(tz.__reduce__())
print(copy.deepcopy(time(1, 2, tzinfo=tz)))

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
u2 = copy.deepcopy(u)
print(u2, u2 == u, u2.__getstate__())

ba = bytearray(b"data\xff")
print(ba.__reduce_ex__(4), ba.__reduce_ex__(2), ba.__reduce__())
b2 = copy.deepcopy(ba)
print(b2, b2 is ba, copy.copy(ba))


class MyBA(bytearray):
    pass


m = MyBA(b"xy")
m.note = 1
m2 = copy.deepcopy(m)
print(type(m2).__name__, m2, m2.note)

e = ValueError("bad", 42)
print(e.__reduce__())
e.extra = [1]
print(e.__reduce__())
e2 = copy.deepcopy(e)
print(repr(e2), e2.extra, e2.extra is e.extra)
print(repr(copy.copy(KeyError("k"))))


class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


a = AppError(3)
print(a.__reduce__())
try:
    copy.deepcopy(a)
except TypeError as exc:
    print("TypeError:", exc)

x = ValueError()
x.__setstate__({"a": 1})
print(x.a, x.__setstate__(None))
try:
    x.__setstate__([1])
except TypeError as exc:
    print("TypeError:", exc)

s = slice(1, 2)
print(s.__reduce__(), copy.copy(s), copy.deepcopy(slice(None, [1], 3)))
class P:
    __slots__ = ('__x', 'y')
    def __init__(self): self.__x = 1; self.y = 2
    def get(self): return self.__x
p = copy.copy(P()); print(p.get(), p.y)
class K:
    def __new__(cls, *, a):
        o = super().__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((), {'a': self.a})
k = copy.deepcopy(K(a=5)); print(k.a)
class G:
    def __reduce_ex__(self, p): return "G_global"
G_global = G()
print(copy.copy(G_global) is G_global, copy.deepcopy(G_global) is G_global)
