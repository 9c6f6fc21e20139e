"""Module docstring: a future import may follow it."""
from __future__ import annotations
from __future__ import generator_stop, nested_scopes

import __future__
import dataclasses
import typing
from dataclasses import InitVar, dataclass, field
from typing import ClassVar, Optional


# --- the __future__ module ---------------------------------------------------
print(__future__.annotations)
print(annotations is __future__.annotations, generator_stop is __future__.generator_stop)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(hex(__future__.annotations.compiler_flag), __future__.CO_FUTURE_ANNOTATIONS == annotations.compiler_flag)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, repr(feat), type(feat).__name__)


# --- forward references: the class's own name, names defined later -----------
class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next

    def link(self, other: Node) -> Node:
        self.next = other
        return other

    def later(self) -> Later:
        return Later()


class Later:
    pass


print(Node.link.__annotations__)
print(Node.__init__.__annotations__)
print(Node.later.__annotations__, type(Node(1).later()).__name__)
print(Node(1).link(Node(2)).value)


# --- module and class __annotations__ -----------------------------------------
count: int = 3
names: list[str]
maybe: list[int] | None = None
print(__annotations__)
print(count, maybe, 'names' in globals())


class Config:
    host: str = "localhost"
    port: int
    tags: dict[str, list[int]]
    undefined_name: NoSuchType
    __private: int


print(Config.__annotations__)


def local_annotations():
    x: NoSuchThing = 1  # not evaluated, not stored
    return x


print(local_annotations(), local_annotations.__annotations__)


# --- the unparser: precedence, quoting, constants -----------------------------
def f(a: 'Node', b: "it's", c: 'say "hi"', d: b'raw\x00', e: u'uni') -> None: pass
def g(a: 1 + 2 * 3, b: (1 + 2) * 3, c: 2 ** 3 ** 4, d: (2 ** 3) ** 4, e: -x ** 2, f: (-x) ** 2): pass
def h(a: not x, b: x and y or z, c: x and (y or z), d: (x if y else z), e: lambda: 0, f: lambda x, *a, k=1, **kw: x): pass
def i(a: x < y <= z, b: x is not None, c: x not in y, d: (a < b) < c, e: ~x, f: +x - -y): pass
def j(a: Dict[str, int], b: Tuple[int, ...], c: Tuple[()], d: x[1:2], e: x[::2, :], f: x[1,]): pass
def k(a: [1, 2], b: {1, 2}, c: {'a': 1, **d}, d: (1,), e: (1, 2), f: ()): pass
def l(a: [x for x in y if x], b: {x: y for x, y in z}, c: {x for x in y}, d: (x for x in y), e: f(x for x in y)): pass
def m(a: f(1, *args, k=2, **kw), b: x.y.z, c: (1).real, d: 1.5, e: 1e300 * 1e300, f: 1j, g: 10 ** 30): pass
def n(a: f'{x!r:>{width}} {{literal}}', b: f"{d['k']}", c: ..., d: None, e: True, g: 'a' 'b'): pass
def o(a: x | None, b: Optional[Callable[[int, str], Awaitable[None]]], c: Literal['a', "b"]): pass
def p(*args: int, **kwargs: str) -> dict[str, 'int']: pass
def q(a: x @ y, b: x // y % z, c: x << 1 >> 2, d: x & y ^ z | w, e: (x, y)): pass
def r(a: 1.0, b: 0.1, c: 1e16, d: 1e-5, e: 0xff, f: 1_000, g: '\n\t\\', h: 'é', i: '\x00'): pass
def s(a: await_ if x else (lambda: 1), b: f'{x:{"a"}}', c: f'{ {1: 2}[1] }', d: [*a, *b], e: x[a:b, c]): pass
def t(a: a if b else c if d else e, b: (a if b else c) if d else e, c: not not x, d: -(-x), e: (not x) + 1): pass
def u(a: x.y(z)[0].w, b: (x + y).z, c: (x + y)[0], d: (lambda: 0)(), e: "".join, f: 1 .real): pass

for fn in (f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u):
    print(fn.__name__, fn.__annotations__)


async def coro(a: int) -> typing.Awaitable[int]:
    pass


print(coro.__annotations__)

# an annotation is a constant string: its names are never looked up, even not-yet-defined ones
print(typing.get_type_hints(Node.link))


# --- dataclasses with string annotations ---------------------------------------
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    instances: ClassVar[int] = 0
    scale: InitVar[float] = 1.0
    also_cv: typing.ClassVar[int] = 5
    dc_initvar: dataclasses.InitVar[int] = 2

    def __post_init__(self, scale: float, dc_initvar: int) -> None:
        self.x = int(self.x * scale) + dc_initvar - 2


p = Point(2, scale=3.0)
print(p, Point.instances, Point.also_cv)
print([f.name for f in dataclasses.fields(Point)])
print([(f.name, f.type) for f in dataclasses.fields(Point)])
print(Point.__init__.__annotations__ if hasattr(Point.__init__, '__annotations__') else None)

CV = ClassVar


@dataclass
class Alias:
    a: int
    b: CV[int] = 1       # a module-level alias of ClassVar: a class variable


print([f.name for f in dataclasses.fields(Alias)])


class ClassVarLookalike:
    pass


@dataclass
class NotClassVar:
    a: 'InitVarX' = 0    # neither InitVar nor ClassVar


print([f.name for f in dataclasses.fields(NotClassVar)])


@dataclass
class KW:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 0


print(KW(1, b=2))


# exec() inherits the future feature of the code that calls it
exec("def e1(x: int) -> Later: pass\nprint(e1.__annotations__)")
exec("def e2(x: int) -> Later: pass\nprint(e2.__annotations__)", {})
print(Node.link.__code__.co_flags & annotations.compiler_flag == annotations.compiler_flag)


# --- future imports in the wrong place ----------------------------------------
def check(src):
    try:
        exec(src, {})
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
    else:
        print("compiled")


check("import os\nfrom __future__ import annotations\n")
check("'''doc'''\nfrom __future__ import annotations\nx = 1\n")
check("from __future__ import nosuch\n")
check("from __future__ import braces\n")
check("from __future__ import annotations, unknown_feature\n")
check("def f():\n    from __future__ import annotations\n")
check("class C:\n    from __future__ import annotations\n")
check("import os; from __future__ import annotations\n")
check("from __future__ import annotations; from __future__ import generator_stop\n")
check("x = 1\n\nif x:\n    from __future__ import annotations\n")
