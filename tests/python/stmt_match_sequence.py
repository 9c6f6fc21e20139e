# match: sequence patterns — fixed length, star captures and *_, nesting, which types count as sequences
import collections
import collections.abc


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first} {middle} {last}"
        case (a, b, *rest):
            return f"three+ {a} {b} rest={rest}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), list(range(7)), range(3), "ab", b"ab", bytearray(b"ab"),
          {1: 2}, {1, 2}, 5, None, collections.deque([1, 2])]:
    print(repr(v), "->", seq(v))


# Star captures are always lists
match (1, 2, 3):
    case [*head, tail]:
        print(head, type(head).__name__, tail)
match range(5):
    case [a, *_, z]:
        print("range ends", a, z)
match "not a seq":
    case [*chars]:
        print("str matched?!")
    case _:
        print("str is not a sequence here")

# *_ with indexing: the subject is indexed, never unpacked


class Loud(collections.abc.Sequence):
    def __init__(self, data):
        self.data = data

    def __len__(self):
        print("  len()")
        return len(self.data)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.data[i]


match Loud([10, 20, 30, 40]):
    case [first, *_, last]:
        print("first/last", first, last)
match Loud([10, 20, 30]):
    case [a, *rest]:
        print("unpacked", a, rest)
match Loud([1, 2]):
    case [_, _]:
        print("two wildcards")


# A registered class is a sequence too
class Reg:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10

    def __iter__(self):
        return iter([0, 10])


match Reg():
    case [a, b]:
        print("not yet registered", a, b)
    case _:
        print("unregistered Reg is not a sequence")
collections.abc.Sequence.register(Reg)
match Reg():
    case [a, b]:
        print("registered", a, b)


# list/tuple subclasses are sequences; str subclasses are not
class MyList(list):
    pass


class MyStr(str):
    pass


match MyList([1, 2]):
    case [x, y]:
        print("MyList", x, y)
match MyStr("ab"):
    case [x, y]:
        print("MyStr matched?!")
    case _:
        print("MyStr is not a sequence")

# Nested sequences
match [1, [2, [3, 4]], (5, 6)]:
    case [a, [b, [c, d]], [e, f]]:
        print("nested", a, b, c, d, e, f)
match [(1, 2), (3, 4)]:
    case [(x, 1), _]:
        print("no")
    case [(1, x), (y, 4)]:
        print("pairs", x, y)

# Failed subpatterns leave earlier captures bound (CPython stores only on success, so no)
try:
    del x
except NameError:
    pass
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        pass
print("x bound after failed case?", "x" in dir())

# Parenthesised and open sequence patterns
match 1, 2:
    case 1, y:
        print("open sequence", y)
match [7]:
    case (z,):
        print("one-tuple pattern", z)
match [8]:
    case (z):
        print("group pattern (a capture)", z)
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?!")
    case _:
        print("iterators are not sequences")
