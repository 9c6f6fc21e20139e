# match: or-patterns (binding the same names in any order), as-patterns, guards, binding semantics, control flow in cases
def alt(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case [a, 1] | [1, a]:
            return f"pair with 1, other={a}"
        case (a, b, 0) | (b, a, 1):
            return f"reordered a={a} b={b}"
        case {"k": v} | [v, _, _, _]:
            return f"v={v}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case _:
            return "other"


for v in [2, [5, 1], [1, 6], (1, 2, 0), (1, 2, 1), {"k": 9}, [7, 0, 0, 0], "s", b"b", 4.5]:
    print(repr(v), "->", alt(v))


# as-patterns capture the (sub)subject
match [1, [2, 3]]:
    case [1 as one, [2, _] as inner] as whole:
        print(one, inner, whole)
match (4, 5):
    case ((4 | 40) as first, second):
        print("as on or", first, second)


# Guards: evaluated after the pattern's names are bound; a failing guard falls through
def g(x):
    match x:
        case [a, b] if a > b:
            return f"descending {a} {b}"
        case [a, b] if a == b:
            return f"equal {a}"
        case [a, b]:
            return f"ascending {a} {b}"
        case n if n:
            return f"truthy {n}"
        case _:
            return "falsy"


for v in [[3, 1], [2, 2], [1, 3], 5, 0, ""]:
    print(repr(v), "->", g(v))


# Names bound by a pattern whose guard fails stay bound
def leak():
    match [1, 2]:
        case [x, y] if x > y:
            return "no"
        case _:
            return f"x={x} y={y} still bound"


print(leak())


# Guard side effects and walrus
calls = []


def check(v):
    calls.append(v)
    return v > 1


for item in [1, 2, 3]:
    match item:
        case n if check(n) and (double := n * 2) > 4:
            print("guarded", n, double)
        case n:
            print("fallback", n)
print(calls)


# Irrefutable cases are allowed when guarded or last
match 5:
    case x if x < 0:
        print("negative")
    case x:
        print("irrefutable last", x)


# Control flow inside cases: break/continue/return and loops
for i in range(6):
    match i:
        case 0:
            continue
        case 4:
            break
        case n if n % 2:
            print("odd", n)
        case _:
            print("even", i)


def first_even(items):
    for it in items:
        match it:
            case int(n) if n % 2 == 0:
                return n
    return None


print(first_even([1, 3, 8, 10]), first_even([1]))


# Exceptions from cases propagate; try/except inside cases
def risky(v):
    match v:
        case 0:
            raise ValueError("zero")
        case [x]:
            try:
                return 1 / x
            except ZeroDivisionError:
                return "div by zero"


print(risky([2]), risky([0]))
try:
    risky(0)
except ValueError as e:
    print("ValueError", e)


# match in a generator, a coroutine-free async-style loop, and a class body
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"


print(list(gen([("a", 1), "x", ("b", 2)])))


class Cfg:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 0


print(Cfg.level)


# Nested match statements
def nested(cmd):
    match cmd:
        case [verb, *args]:
            match verb, len(args):
                case "go", 1:
                    return f"go {args[0]}"
                case "go", _:
                    return "go where?"
                case _:
                    return f"unknown {verb}"
        case _:
            return "empty"


print(nested(["go", "north"]), nested(["go"]), nested(["eat", 1]), nested([]))


# Closures over pattern captures
def make():
    match (1, 2):
        case (a, b):
            def inner():
                return a + b
    return inner


print(make()())


# global / nonlocal capture targets
counter = 0


def set_global(v):
    global counter
    match v:
        case counter:
            pass


set_global(99)
print("global counter", counter)


def outer():
    value = "old"

    def inner():
        nonlocal value
        match "new":
            case value:
                pass
    inner()
    return value


print("nonlocal", outer())
