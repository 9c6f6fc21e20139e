# functools: lru_cache / cache statistics, eviction order, typed keys, cache_clear
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.cache_parameters())
@cache
def g(x, y=1):
    return x + y
print(g(1), g(1), g(1, y=2), g(y=2, x=1), g.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())
info = fib.cache_info(); print(info.hits, info.misses, info._fields)
