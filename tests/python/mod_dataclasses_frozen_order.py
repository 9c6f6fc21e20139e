# dataclasses: order=True comparisons, frozen instances, hashing rules
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(Version(1)) == hash(Version(1)))
print(Version(1) <= Version(1), Version(2) > Version(1, 9), {Version(1): 'v1'}[Version(1)])
try:
    Version(1).major = 5
except FrozenInstanceError as e:
    print('frozen:', e, isinstance(e, AttributeError))
try:
    del Version(1).minor
except FrozenInstanceError as e:
    print('frozen:', e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(e)
