# match: literal, singleton, capture, wildcard and value patterns; subject evaluation; fallthrough
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Consts:
    ANSWER = 42
    NAME = "deep"


def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | b"bytes":
            return "greeting or bytes"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case Consts.ANSWER:
            return "the answer"
        case Consts.NAME:
            return "name"
        case other:
            return f"other {other!r}"


for v in [0, 0.0, -1, 1.5, "hello", b"bytes", "concat", None, True, 1, False, Color.RED, Color.GREEN,
          42, 42.0, "deep", [], "x"]:
    print(repr(v), "->", lit(v))


# Singletons use identity: 1 is not True, 0 is not False
def single(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case _:
            return "neither"


print(single(True), single(1), single(1.0), single(2))


# Value patterns compare with subject == value (subject on the left)
class Eq:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("  __eq__", self.tag, other)
        return other == 42


match Eq("a"):
    case 1:
        print("matched 1")
    case Consts.ANSWER:
        print("matched ANSWER")


# The subject is evaluated once
def subject():
    print("  subject evaluated")
    return 3


match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 3:
        print("three")

# No case matches: nothing happens, captures of failed cases may be left unbound
match 10:
    case 1:
        print("unreachable")
print("after no-match")

# Tuple subject without parentheses, and star in subject
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject", a, b)
rest = [3, 4]
match 1, *rest:
    case [1, 3, 4]:
        print("star subject")

# Capture binds in the enclosing scope; wildcard does not bind
match 5:
    case captured:
        pass
print("captured =", captured)
try:
    _
except NameError as e:
    print("NameError:", e)


# Capture names in functions are locals; closures see them
def f(v):
    match v:
        case n:
            return lambda: n * 2


print(f(21)())

# `match` and `case` stay ordinary names
match = 1
case = 2
print(match, case)
match = [match, case]
match match:
    case [1, 2]:
        print("soft keywords")
