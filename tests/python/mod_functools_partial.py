# functools: partial application, flattening, attributes, partialmethod
import functools
from functools import partial
def f(a, b, c=3):
    return (a, b, c)
p = partial(f, 1)
print(p(2), p(2, c=4), p.func is f, p.args, p.keywords)
p2 = partial(p, 5, c=9)
print(p2(), p2.args, p2.keywords, p2.func is f)
print(repr(partial(max, 1, key=abs)), repr(partial(int, base=2)))
print(partial(int, base=16)('ff'), list(map(partial(pow, 2), range(5))))
class Cell:
    def __init__(self):
        self.v = 0
    def set(self, v):
        self.v = v
    set_five = functools.partialmethod(set, 5)
c = Cell(); c.set_five(); print(c.v)
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)
print(callable(p), type(p).__name__)
