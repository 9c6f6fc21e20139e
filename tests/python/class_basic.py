# class statement, instance and class attributes, methods, repr of classes and instances
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, isinstance(p, Point))
p.dims = 3
print(p.dims, Point.dims)
print(sorted(vars(p).items()))
print(Point.norm2(p))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(repr(Point))
class Empty: pass
e = Empty()
print(repr(Empty), str(Empty))
print(e.__class__.__name__, Empty.__bases__, Empty.__mro__)
class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
def method_outside(self):
    return 'bound ' + type(self).__name__
Empty.m = method_outside
print(e.m())
print(Point.__dict__['dims'], 'norm2' in Point.__dict__)
class WithCounter:
    count = 0
    def __init__(self):
        WithCounter.count += 1
        self.id = WithCounter.count
a, b = WithCounter(), WithCounter()
print(a.id, b.id, WithCounter.count)
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point.missing
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
print(Point.__init__.__qualname__)
class Cls:
    attr = [x * 2 for x in range(3)]
    names = 'abc'
    pairs = {n: i for i, n in enumerate(names)}
print(Cls.attr, Cls.pairs)
