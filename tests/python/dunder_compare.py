# rich comparisons: reflection, NotImplemented, defaults, sorting
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __repr__(self): return 'V(%r)' % self.v
a, b = V(1), V(2)
print(a == b, a != b, a < b, b > a)
print(sorted([V(3), V(1), V(2)]), min(V(5), V(4)))
try:
    a < 5
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
print(a == 1, 1 == a)
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print(e)
class Ord:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __le__(self, o): return self.n <= o.n
    def __ge__(self, o): return self.n >= o.n
print(Ord(1) <= Ord(2), Ord(1) >= Ord(2), Ord(1) != Ord(1))
class Sub(V):
    def __eq__(self, o):
        print('Sub.eq first')
        return True
print(V(1) == Sub(2))
class AlwaysNI:
    def __eq__(self, o): return NotImplemented
x = AlwaysNI()
print(x == x, x == AlwaysNI(), x != AlwaysNI())
print([1, V(1)] == [1, V(1)])
n = float('nan')
print([n] == [n], (n,) == (n,))
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    sorted([3, 'a'])
except TypeError as e:
    print(e)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2 > 0, (1 < 2) == True)
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
class Cmp:
    def __gt__(self, o):
        return 'gt-result'
print(Cmp() > 1, 1 < Cmp())
