# match: class patterns — isinstance check, __match_args__, keyword patterns, built-in self-matching types, dataclasses/namedtuples
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, 0):
            return f"on x axis {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "p"]:
    print(type(p).__name__, "->", where(p))


# Built-in types match themselves with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i > 100:
            return f"big int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case _:
            return "other"


for v in [True, 7, 1000, 2.5, "s", b"b", [9, 8], (1, 2), {"k": 3}, {1}, frozenset(), None, []]:
    print(repr(v), "->", kind(v))


class MyInt(int):
    pass


match MyInt(5):
    case int(v):
        print("int subclass self-match", v, type(v).__name__)


# Keyword patterns look up attributes; a missing attribute means no match
class Obj:
    a = 1


match Obj():
    case Obj(a=1, b=2):
        print("has b?!")
    case Obj(a=a):
        print("a =", a)


# Dataclasses and namedtuples generate __match_args__
@dataclasses.dataclass
class DC:
    name: str
    size: int = 0
    tags: list = dataclasses.field(default_factory=list)


print(DC.__match_args__)
match DC("box", 3):
    case DC(n, s, tags=[]):
        print("dataclass", n, s)

NT = collections.namedtuple("NT", "left right")
match NT(1, 2):
    case NT(l, right=r):
        print("namedtuple", l, r)
match NT(1, 2):
    case (a, b):
        print("namedtuple as sequence", a, b)


# Nested class patterns and dotted class names
class ns:
    Point = Point


match [Point(1, 2), Point(3, Point(4, 5))]:
    case [ns.Point(x=a), Point(b, Point(c, d))]:
        print("nested", a, b, c, d)


# __instancecheck__ decides the isinstance step
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)


class AnyInt(metaclass=Meta):
    pass


match 3:
    case AnyInt():
        print("metaclass instancecheck")


# Attribute lookups happen in order, only after isinstance succeeds
class Traced:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("  getattr", name)
        if name == "b":
            raise AttributeError(name)
        return 1


match Traced():
    case Traced(1, 2):
        print("no")
    case Traced(1, c=c):
        print("c =", c)
