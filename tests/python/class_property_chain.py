# property subclasses, classmethod wrapping other descriptors, properties on class hierarchies
class cached(property):
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        name = self.fget.__name__
        if name not in obj.__dict__:
            obj.__dict__[name] = self.fget(obj)
            print('computed', name)
        return obj.__dict__[name]
class Data:
    def __init__(self, n): self.n = n
    @cached
    def squares(self):
        return [i * i for i in range(self.n)]
d = Data(4)
print(d.squares, d.squares)
class Base:
    @property
    def kind(self): return 'base'
class Override(Base):
    kind = 'plain attribute'
print(Base().kind, Override().kind)
class Ext(Base):
    @Base.kind.getter
    def kind(self): return 'ext:' + Base.kind.fget(self)
print(Ext().kind)
class WithSetter:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v): self._v = v * 10
    v = property(_get, _set, None, 'the v')
w = WithSetter()
w.v = 2
print(w.v, WithSetter.v.__doc__)
class Registry:
    items = ['a', 'b']
    @classmethod
    def count(cls):
        return len(cls.items)
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Registry):
    items = ['x']
print(Registry.count(), Sub.count(), Sub().count(), Sub.helper(4))
bound = Sub.count
print(bound(), bound.__self__.__name__)
p = property(lambda self: 1)
p2 = p.setter(lambda self, v: None)
print(p is p2, p2.fset is not None, p.fset)
class Counter:
    _count = 0
    @property
    def count(self):
        type(self)._count += 1
        return type(self)._count
c = Counter()
print(c.count, c.count, Counter._count)
