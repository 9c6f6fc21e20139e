# dataclasses: fields, asdict, astuple, replace, is_dataclass, make_dataclass
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass
class Nested:
    p: Point
    ps: list
    meta: dict = field(default_factory=dict)
n = Nested(Point(1, 2), [Point(3)], {'k': Point(4, 5)})
print(asdict(n))
print(astuple(n))
print([f.name for f in fields(n)], [f.default for f in fields(Point)][1:], fields(Point)[0].type)
print(replace(Point(1, 2), y=9), is_dataclass(n), is_dataclass(Nested), is_dataclass(3))
C = make_dataclass('C', [('a', int), ('b', int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))
for f in [lambda: fields(3), lambda: asdict(Point), lambda: replace(Point(1), z=3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
