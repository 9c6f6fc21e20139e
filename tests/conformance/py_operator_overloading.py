# Arithmetic operator overloading with __add__/__radd__/__mul__/__iadd__/__neg__/__abs__ and NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __iadd__(self, o):
        print("  __iadd__ called")
        self.x += o.x
        self.y += o.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 2 * a, -a, abs(b), a @ b)
print(sum([a, b, Vec(0, 1)], Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
