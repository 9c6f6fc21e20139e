# functools.lru_cache returns a functools._lru_cache_wrapper (CPython's C type), not a function:
# cache_info()/cache_clear() are its methods, update_wrapper() fills its __dict__, it binds as a
# method when stored in a class, copy/pickle keep it as a global, and a recursive cached function
# reaches CPython's depth (two recursion units a level).
import copy
import functools
import pickle


@functools.lru_cache(maxsize=2)
def square(x):
    print("compute", x)
    return x * x


for v in (1, 2, 1, 3, 2, 1):
    square(v)
print(type(square), type(square).__name__, type(square).__module__, type(square).__qualname__)
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__qualname__, square.__doc__, square.__wrapped__(5))
print(sorted(square.__dict__))
square.cache_clear()
print(square.cache_info())
print(copy.copy(square) is square, copy.deepcopy(square) is square)
print(pickle.loads(pickle.dumps(square)) is square, square.__reduce__())


@functools.cache
def ident(x):
    "Identity."
    return x


print(type(ident).__name__, ident(1), ident(1), ident.cache_info(), ident.__doc__)


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())


class Calc:
    @functools.lru_cache(maxsize=None)
    def double(self, n):
        return n * 2


c = Calc()
print(c.double(4), c.double(4), Calc.double(c, 5), Calc.double.cache_info())
print(type(c.double).__name__, c.double.__self__ is c, type(Calc.__dict__["double"]).__name__)


@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


best = 0
for n in range(100, 1500, 10):
    depth.cache_clear()
    try:
        depth(n)
    except RecursionError:
        break
    best = n
print("deepest", best)
try:
    functools.lru_cache(maxsize=None)(5)
except TypeError as e:
    print(e)
try:
    square(1, 2)
except TypeError as e:
    print(e)
