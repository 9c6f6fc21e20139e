# Calling an instance of a class with a Python __call__ runs that method in the calling dispatch
# loop (as a bound method call): a recursive function wrapped by a class-based decorator is not
# cut short by the native re-entrancy limit (it stopped near 130 levels), and the frames and
# tracebacks are those of the method.
import sys


class Counted:
    def __init__(self, f):
        self.f = f
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.f(*args, **kwargs)


@Counted
def walk(n):
    return 0 if n == 0 else 1 + walk(n - 1)


print(walk(250), walk.calls)


class Adder:
    def __call__(self, a, b=10, *, c=0):
        return a + b + c


add = Adder()
print(add(1), add(1, 2), add(1, c=5), add(*[1, 2]), add(**{"a": 3, "b": 4}))


class Gen:
    def __call__(self, n):
        yield from range(n)


print(list(Gen()(3)))


class Bad:
    def __call__(self, x):
        return x.missing


try:
    Bad()(1)
except AttributeError as e:
    print(e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    add()
except TypeError as e:
    print(e)
Bad()(2)
