# pickle (CPython's pure-Python Pickler/Unpickler) over object.__reduce_ex__ as CPython's typeobject.c
# (copyreg.__newobj__, __getnewargs(_ex)__, __getstate__/__setstate__, slots, list/dict items).
import pickle
from dataclasses import dataclass
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
from enum import Enum
from fractions import Fraction
from decimal import Decimal
import datetime

class Color(Enum):
    RED = 1

@dataclass
class Point:
    x: int
    y: float = 0.5

P = namedtuple("P", "a b")

class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {"k": [v]}
    def __eq__(self, o):
        return type(o) is Custom and o.v == self.v
    def __getstate__(self):
        print("getstate")
        return {"v": self.v}
    def __setstate__(self, st):
        print("setstate", st)
        self.v = st["v"]
        self.cache = {}

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2

objs = [None, True, 0, 1, -1, 255, 256, 65536, 2**31, -2**31, 2**64, -(2**100), 1.5, -0.0, float("inf"), "", "abc", "é☃😀" * 3,
        (), (1,), (1, 2), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {"a": 1, 2: "b"}, {1, 2, 3}, frozenset({"x"}),
        complex(1, 2), range(3), slice(1, 2), Point(1), P(1, 2), Color.RED, OrderedDict(a=1), Counter("aab"), deque([1, 2], maxlen=5),
        Fraction(1, 3), Decimal("1.25"), datetime.timedelta(days=1, seconds=2),
        "x" * 300, list(range(300)), {i: str(i) for i in range(5)}]
for proto in (2, 3, 4, 5):
    for o in objs:
        try:
            data = pickle.dumps(o, protocol=proto)
        except Exception as e:
            print(proto, type(o).__name__, "dumps error", type(e).__name__, e)
            continue
        back = pickle.loads(data)
        same = back == o if not isinstance(o, float) or o == o else True
        print(proto, type(o).__name__, len(data), data if len(data) < 80 else data[:40], same)
shared = [1, 2]
obj = {"a": shared, "b": shared, "c": Custom(5)}
data = pickle.dumps(obj)
print(data)
back = pickle.loads(data)
print(back["a"] is back["b"], back["c"].v, back["c"].cache)
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2, pickle.dumps(Slotted())[:50], pickle.loads(pickle.dumps(Slotted())).b)
def top():
    pass
try:
    pickle.dumps(lambda x: x)
except Exception as e:
    print(type(e).__name__, str(e).split(": ", 1)[1])
print(pickle.loads(pickle.dumps(top)) is top, pickle.dumps(top), pickle.dumps(len), pickle.dumps(int))
for proto in (3, 4):
    print(pickle.dumps(b"bytes", protocol=proto), pickle.dumps(bytearray(b"ba"), protocol=proto))
print(object().__reduce_ex__(2)[0].__name__, (1).__reduce_ex__(4)[1][0].__name__, Point(3).__reduce_ex__(3)[2])
try:
    object.__reduce_ex__(Point(1))
except TypeError as e:
    print(e)
try:
    Point(1).__reduce_ex__("x")
except TypeError as e:
    print(e)
class GNA:
    def __getnewargs_ex__(self):
        return (1,), {"k": 2}
    def __new__(cls, *a, **k):
        o = super().__new__(cls)
        o.args = (a, k)
        return o
print(pickle.loads(pickle.dumps(GNA(), 4)).args, GNA().__reduce_ex__(4)[0].__name__)
class BadGN:
    def __getnewargs__(self):
        return [1]
try:
    pickle.dumps(BadGN())
except TypeError as e:
    print(e)
def local():
    class Inner:
        pass
    return Inner()
try:
    pickle.dumps(local())
except Exception as e:
    print(type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
import io
buf = io.BytesIO()
pickle.dump([1, 2], buf)
buf.seek(0)
print(pickle.load(buf))
try: object().__reduce__(1)
except TypeError as e: print(e)
try: object().__reduce_ex__(k=1)
except TypeError as e: print(e)
