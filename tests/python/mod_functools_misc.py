# functools: reduce, wraps/update_wrapper, total_ordering, cmp_to_key, cached_property
import functools
from functools import reduce, wraps, total_ordering, cmp_to_key, cached_property
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda x, y: x + y, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    "hello doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__, hello(5))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0), sorted([V(3), V(1)], key=lambda v: v)[0].v)
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
