# Flag/IntFlag classes iterate and count only canonical single-bit members (3.11);
# multi-bit aliases and 0 stay reachable by name; composites iterate their bits.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Perm), len(Perm))
print(list(Color), len(Color))
print(list(reversed(Perm)))
print(Perm._member_names_, list(Perm.__members__))
print(Perm.ALL, repr(Perm.ALL), list(Perm.ALL), len(Perm.ALL))
print(repr(Perm.R | Perm.X), list(Perm.R | Perm.X), Perm(5))
print(repr(Perm.NONE), list(Perm.NONE), len(Perm.NONE), bool(Perm.NONE))
print(repr(~Perm.R), repr(Color.RED | Color.BLUE), str(Color(3)), repr(Color.WHITE))
print(Perm.RW in Perm.ALL, Perm['RW'], Perm(3) is Perm.RW)
print([m.name for m in Color], Color(6).name, Perm(7).name)
