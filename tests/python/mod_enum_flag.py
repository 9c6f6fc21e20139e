# enum: Flag and IntFlag composition, membership, iteration, boundaries and reprs
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), list(Perm.R | Perm.W | Perm.X))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), Perm.W.value, len(Perm(7)), Perm(6), ~Perm.R, Perm.R & Perm.W, Perm.R ^ Perm.R)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | 8), IP(9), str(IP(7)), ~IP.R, IP.R | 1, IP.R == 4, IP(0))
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)
try:
    1 in Perm(6)
except TypeError as e:
    print(e)
