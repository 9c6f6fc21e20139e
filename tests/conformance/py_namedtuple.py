# namedtuple and typing.NamedTuple: reprs, field access, _replace/_asdict/_fields/_make, defaults, unpacking, immutability.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._replace(x=10), p._asdict(), Point._fields)
x, y = p
print(x + y, p == (1, 2), Point._make([5, 6]), len(p))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
Opt = namedtuple("Opt", "name level", defaults=[0])
print(Opt("a"), Opt("b", 3))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)


e = Employee("ann")
print(e, e.raise_(10), Employee._fields, Employee._field_defaults)
print(sorted([Employee("b", salary=5), Employee("a", salary=9)], key=lambda e: e.salary))
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
