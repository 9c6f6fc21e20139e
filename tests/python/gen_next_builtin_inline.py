# next(gen) on a generator (LoopScope runs the generator's frame in the caller's dispatch loop):
# the yielded value, a return's StopIteration with and without a value, next() of an exhausted
# generator, PEP 479's RuntimeError, an exception raised inside, the default argument, a
# @contextmanager's enter/exit (also when the body raises), a generator calling next() on itself
# (ValueError), next() on a temporary generator, nested next() calls fifty deep.
import contextlib
def g():
    x = yield 1
    print("got", x)
    yield 2
    return "done"
it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, repr(e))
def g2():
    yield 1
try:
    next(it)
except StopIteration as e:
    print("again", repr(e))
def bad():
    raise StopIteration("x")
    yield
try:
    next(bad())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def raiser():
    yield 1
    raise KeyError("k")
r = raiser(); next(r)
try:
    next(r)
except KeyError as e:
    print("KeyError", e)
print(next(iter([5])), next(g2()), next(g(), "dflt"))
ex = g(); next(ex); next(ex); 
print(next(ex, "default"))
@contextlib.contextmanager
def cm():
    print("enter")
    try:
        yield "v"
    finally:
        print("exit")
with cm() as v:
    print("body", v)
try:
    with cm():
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
def running():
    next(gen_self)
    yield
gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print("ValueError", e)
def deep(n):
    if n: 
        yield next(deep(n - 1))
    else:
        yield 0
print(next(deep(50)))
