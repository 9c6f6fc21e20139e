# enum: IntEnum and StrEnum behave as their data type for str/format and comparisons
from enum import IntEnum, StrEnum, Enum, auto
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(2), sorted([Num.TWO, Num.ONE]), f'{Num.ONE}', str(Num.ONE))
print(Num.ONE < Num.TWO, int(Num.TWO), [1, 2, 3][Num.ONE], hash(Num.ONE) == hash(1), isinstance(Num.ONE, int))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B.upper(), S('bee'), S.A == 'a', f'{S.B}', len(S.B))
class Status(str, Enum):
    OK = 'ok'
print(Status.OK, repr(Status.OK), Status.OK == 'ok', f'{Status.OK}', Status.OK.value)
class HttpCode(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(HttpCode(404).name, HttpCode.OK.value, HttpCode.NOT_FOUND > 300, list(HttpCode))
