# arithmetic dunders: forward, reflected, in-place, unary, NotImplemented fallbacks
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'Vec%r' % (self.c,)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return Vec(*reversed(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return Vec(*(pow(a, k, mod) for a in self.c))
    def __lshift__(self, k): return 'lshift %d' % k
    def __rshift__(self, k): return 'rshift %d' % k
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __rsub__(self, o): return 'rsub from %r' % (o,)
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v * 3, 3 * v, -v, +v, abs(Vec(3, 4)), ~v, v @ w)
print(v / 2, w // 2, w % 3, v ** 2, pow(w, 2, 5), v << 1, v >> 2, v & 1, v | 1, v ^ 1)
print(sum([v, w]), 10 - v)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    1 + v
except TypeError as e:
    print(e)
try:
    v - w
except TypeError as e:
    print(e)
try:
    -object()
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
class Sub(Vec):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
print(Vec(1) + Sub(2))
class IAdd:
    def __init__(self): self.n = 0
    def __iadd__(self, o):
        self.n += o
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return 'fallback sub'
x = IAdd()
x += 5
x += 5
print(x.n)
x -= 1
print(x)
for op in ['1 + "a"', '"a" * 1.5', '[1] - [1]', '{} + {}', 'None + 1', '2 ** "x"', '1 @ 2', '"x" % ()']:
    try:
        eval(op)
    except TypeError as e:
        print(op, '->', e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), range(Idx()), hex(Idx()))
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
print(int(Num()), float(Num()))
class Rnd:
    def __round__(self, n=None): return 'rounded %r' % (n,)
print(round(Rnd()), round(Rnd(), 2))
