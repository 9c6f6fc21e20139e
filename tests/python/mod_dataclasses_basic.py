# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, inheritance
from dataclasses import dataclass, field
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, p == Point(1, 0), p != Point(2), Point(3, 4).x, Point(y=2, x=1), Point.__match_args__)
@dataclass
class Inv:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 0
    secret: str = field(default='s', compare=False)
i = Inv('a'); i.items.append('x'); print(i, Inv('b').items, Inv('a', ['x']) == i, Inv.total)
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
print(Derived(), Derived(5, 6), Derived.__match_args__, Point.__hash__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1))
@dataclass(repr=False)
class Quiet:
    a: int
print(type(repr(Quiet(1))).__name__, Quiet(1).a)
