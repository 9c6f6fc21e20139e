# augmented assignment on every operator and on mutable/immutable targets
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0b1010; print(x)
x &= 0b1100; print(x)
x ^= 0xff; print(x)
y = 7.0
y /= 2; print(y)
s = 'ab'
s *= 3; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __repr__(self): return 'Acc(%r)' % self.items
a = Acc()
a += 1
a += 'x'
print(a)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1)
n += 41
print(n.v)
d = {'k': [1]}
d['k'] += [2]
print(d)
class C: pass
c = C(); c.n = 1
c.n += 1
print(c.n)
m = [1, 2, 3]
m[1] *= 10
print(m)
try:
    undefined_thing += 1
except NameError as e:
    print(e)
def f():
    try:
        z += 1
    except UnboundLocalError as e:
        print(e)
f()
