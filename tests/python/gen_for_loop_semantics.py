# Generators driven by `for`: values sent in are None, a return ends the loop, StopIteration raised
# inside becomes RuntimeError, an error's traceback, break then close() (finally runs), deep
# nesting, the consumer as the generator's f_back, and the handled exception seen inside.
import sys, traceback, itertools


def g(n):
    try:
        for i in range(n):
            x = yield i
            print("sent", x)
        return "done"
    finally:
        print("finally")


for v in g(2):
    print("v", v)


def bad():
    yield 1
    raise StopIteration


try:
    for v in bad():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def err():
    yield 1
    raise KeyError("x")


try:
    for v in err():
        print(v)
except KeyError:
    traceback.print_exc(file=sys.stdout)
gg = g(3)
for v in gg:
    if v == 1:
        break
print(gg.gi_frame is not None, gg.gi_running)
gg.close()


def rec(n):
    if n:
        for x in rec(n - 1):
            yield x
    yield n


print(sum(rec(50)))


def inner():
    yield sys._getframe(1).f_code.co_name
    yield repr(sys.exc_info()[1])


def outer():
    try:
        raise ValueError("handled")
    except ValueError:
        for v in inner():
            print(v)


outer()
print(list(zip(g(2), itertools.count())))


def running():
    yield me.gi_running


me = running()
for v in me:
    print("gi_running inside", v)
