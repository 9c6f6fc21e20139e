# Binary operators of one class with Python methods (run in the dispatch loop): results, NotImplemented's TypeError (+, -=, list subclass), in-place fallback to __add__, __iadd__, recursion, and a traceback through __truediv__.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o, extra=1): return V(self.x * o.x * extra)
    def __repr__(self): return f"V({self.x})"
    def __truediv__(self, o): return self.x / o.x
class L(list):
    def __add__(self, o): return NotImplemented
class W(V):
    def __iadd__(self, o):
        self.x += 100 * o.x
        return self
a, b = V(2), V(3)
print(a + b, a * b)
c = a
c += b
print(c, a)
w = W(1); w2 = w; w += W(2); print(w, w is w2)
try:
    a - b
except TypeError as e:
    print(e)
try:
    a -= b
except TypeError as e:
    print(e)
try:
    L([1]) + L([2])
except TypeError as e:
    print(e)
def deep(n):
    class R:
        def __add__(self, o): return o + self
    return R() + R()
try:
    deep(1)
except RecursionError as e:
    print("rec", e)
print(V(1) / V(0))
