# The VM's fast paths give CPython's results: closures called with exactly their positional
# arguments (free variables copied from the closure), __init__ and __add__ that use free variables
# (super()'s __class__ cell), keyword names that are not interned, and small-int comparisons
# followed by a conditional jump.
def make_counter(step):
    total = [0]
    def add(n):
        total[0] += n * step
        return total[0]
    return add

add = make_counter(3)
for i in range(5):
    add(i)
print(add(0))

def outer():
    k = 10
    class Base:
        def __init__(self, v):
            self.v = v
    class Vec(Base):
        def __init__(self, v):
            super().__init__(v + k)
        def __add__(self, other):
            return Vec(self.v + other.v - k)
    return Vec

Vec = outer()
a = Vec(1) + Vec(2)
print(a.v, type(a).__name__)

def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)
print(f(1, **{''.join(['b']): 5}))
print(f(1, **{''.join(['c']): 7, 'zz': 1}))
print(f(1, 4, 5, 6, c=0))
try:
    f(1, 2, **{''.join(['b']): 3})
except TypeError as e:
    print(e)

def classify(n):
    out = []
    for i in range(-3, n):
        if i < 0:
            out.append('neg')
        elif i == 0:
            out.append('zero')
        elif not i >= 2:
            out.append('one')
        else:
            out.append('big' if i > 4 else 'small')
    return out
print(classify(7))
n = 0
while n < 100000:
    n += 7
print(n, 2**62 > 2**61, -(2**61) < 2**61)

def depth(k):
    def inner(j):
        return 0 if j == 0 else 1 + inner(j - 1)
    return inner(k)
print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print('RecursionError:', e)
