# functools: partial (repr-free use, args/keywords), reduce, wraps, lru_cache with cache_info, cached_property, cmp_to_key.
import functools


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func.__name__, square.args, square.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("  calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    "Add two numbers."
    return a + b


print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(5))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


class Data:
    @functools.cached_property
    def total(self):
        print("  computing total")
        return 42


d = Data()
print(d.total, d.total)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
