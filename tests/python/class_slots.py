# __slots__: member descriptors, no per-instance __dict__, unset slots, deletion, inheritance, private names, errors
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)
p.y = 2
print(p.y, sorted(n for n in dir(p) if not n.startswith("__")))
for stmt in ("p.z = 3", "p.__dict__", "vars(p)", "del p.y; p.y", "del p.y"):
    try:
        exec_ = None
        if stmt == "p.z = 3":
            p.z = 3
        elif stmt == "p.__dict__":
            p.__dict__
        elif stmt == "vars(p)":
            vars(p)
        elif stmt == "del p.y; p.y":
            del p.y
            p.y
        else:
            del p.y
    except (AttributeError, TypeError) as e:
        print(stmt, "->", type(e).__name__ + ":", e)
print(hasattr(p, "y"), getattr(p, "y", "default"))
p.y = 5
print(p.y)


# Class attributes stay readable; setting one on an instance is refused
class Q:
    __slots__ = "only"
    kind = "q"


q = Q()
print(q.kind, Q.__slots__)
try:
    q.kind = "other"
except AttributeError as e:
    print("AttributeError:", e)


# "__dict__" in __slots__ brings the dict back
class D:
    __slots__ = ("a", "__dict__")


d = D()
d.a = 1
d.b = 2
print(d.a, d.b, "b" in d.__dict__)


# A subclass without __slots__ has a __dict__; a slotted subclass of a slotted class does not
class Sub(P):
    pass


s = Sub(1)
s.extra = 3
print(s.x, s.extra, s.__dict__["extra"])


class Sub2(P):
    __slots__ = ("z",)


s2 = Sub2(1)
s2.z = 9
print(s2.x, s2.z)
try:
    s2.w = 1
except AttributeError as e:
    print("AttributeError:", e)


# Private names are mangled
class Priv:
    __slots__ = ("__secret", "__dunder__")

    def __init__(self):
        self.__secret = 1

    def get(self):
        return self.__secret


pr = Priv()
print(pr.get(), pr._Priv__secret, [n for n in vars(Priv) if "secret" in n or "dunder" in n])

# Descriptors applied to the wrong type
try:
    P.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    P.x.__set__(q, 1)
except TypeError as e:
    print("TypeError:", e)
print(repr(P.x), P.x.__get__(p, P))

# Definition-time errors
for slots in [("x",), (1,), ("1a",), ("__dict__", "__dict__")]:
    try:
        type("Bad", (), {"__slots__": slots, "x": 0})
        print(slots, "ok")
    except (TypeError, ValueError) as e:
        print(slots, type(e).__name__ + ":", e)


class WithDict:
    pass


try:
    class Again(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)


# Slots of a class with a dict-bearing base: the instance still has a __dict__
class Mixed(WithDict):
    __slots__ = ("m",)


mx = Mixed()
mx.m = 1
mx.free = 2
print(mx.m, mx.free)

# Empty __slots__ and a list/dict of names
class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)


class FromDict:
    __slots__ = {"u": "doc of u", "v": "doc of v"}


fd = FromDict()
fd.u, fd.v = 1, 2
print(fd.u, fd.v)
