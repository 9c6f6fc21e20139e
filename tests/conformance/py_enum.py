# enum: Enum/IntEnum/StrEnum/Flag reprs and str() as of 3.11, auto(), iteration, lookup by value/name, errors.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()


class Prio(enum.IntEnum):
    LOW = 1
    HIGH = 10


class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = "w"


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


print(Color.RED, repr(Color.RED), Color.BLUE.value, Color.GREEN.name)
print(list(Color), Color(2), Color["BLUE"], Color.RED is Color(1), len(Color))
print(Prio.HIGH, repr(Prio.HIGH), Prio.HIGH > 5, Prio.LOW + 1, f"{Prio.LOW}")
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", f"{Mode.WRITE}")
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), Perm(0))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == 1, {c.name: c.value for c in Color})
