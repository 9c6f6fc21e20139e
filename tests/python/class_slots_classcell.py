# __slots__, __class__ cell, __classcell__ propagation, __dict__ / __weakref__ basics
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
print(Slotted().x, Slotted.__slots__)
s = Slotted()
try:
    s.y
except AttributeError as e:
    print(type(e).__name__)
class WithClass:
    def get(self):
        return __class__
    def name(self):
        return __class__.__name__
print(WithClass().get() is WithClass, WithClass().name())
class Sub(WithClass):
    pass
print(Sub().get() is WithClass)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print('has __classcell__:', '__classcell__' in ns)
        return super().__new__(mcs, name, bases, ns)
class UsesSuper(metaclass=Meta):
    def f(self):
        return super().__repr__ is not None
class NoSuper(metaclass=Meta):
    def f(self):
        return 1
print(UsesSuper().f())
class Inst:
    pass
i = Inst()
i.a = 1
print(i.__dict__, Inst.__dict__['__module__'])
i.__dict__['b'] = 2
print(i.b)
i.__dict__ = {'c': 3}
print(i.c, hasattr(i, 'a'))
print(type(Inst.__dict__).__name__)
try:
    Inst.__dict__['x'] = 1
except TypeError as e:
    print(e)
class K:
    def m(self):
        return __class__, self.__class__
class L(K):
    pass
print([c.__name__ for c in L().m()])
