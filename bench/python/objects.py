# Class instantiation, __init__, properties and dunder methods (1.5M objects).
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
def main():
    acc = Vec(0, 0)
    for i in range(1500000):
        acc = acc + Vec(i, -i)
    return acc.norm1
print(main())
