# dataclasses: __post_init__, InitVar, init=False fields, KW_ONLY, and __init__ argument errors
from dataclasses import dataclass, field, InitVar, KW_ONLY
@dataclass
class C:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
print(C(2, 5), C(3))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K(a=1, b=2, c=3))
@dataclass
class P:
    x: int
    y: int = 0
for f in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=3), lambda: K(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
