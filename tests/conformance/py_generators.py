# Generators: lazy evaluation, send(), yield from with a return value, throw(), close() and GeneratorExit, StopIteration.value.
def countdown(n):
    print("  start")
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"


g = countdown(3)
print(next(g), next(g), g.send(5), next(g))
print(list(g))


def delegator():
    result = yield from countdown(2)
    print("  sub-generator returned", result)
    yield "after"


print(list(delegator()))


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  caught", e)
        yield "recovered"
    finally:
        print("  cleanup")


g = guarded()
print(next(g), g.throw(ValueError("oops")))
g.close()
g = guarded()
next(g)
g.close()
it = countdown(1)
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(type(g).__name__, sum(x * x for x in range(10)))
