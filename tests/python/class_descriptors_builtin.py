# staticmethod, classmethod, property (getter/setter/deleter), chains
class Temp:
    scale = 'C'
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
    @classmethod
    def make(cls, c):
        t = cls()
        t.celsius = c
        return t
    fahrenheit = property(lambda self: Temp.convert(self._c))
t = Temp.make(100)
print(t.celsius, t.fahrenheit, Temp.convert(0), t.convert(10))
t.celsius = 20
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
print(Temp.celsius.__doc__, type(Temp.__dict__['convert']).__name__)
print(type(Temp.__dict__['make']).__name__, Temp.make.__self__ is Temp)
class Sub(Temp):
    scale = 'K'
print(type(Sub.make(1)).__name__)
class RO:
    @property
    def x(self): return 1
try:
    del RO().x
except AttributeError as e:
    print(e)
sm = staticmethod(len)
print(sm.__func__ is len)
class WithSM:
    f = sm
print(WithSM.f('abc'), WithSM().f([1]))
class CP:
    @classmethod
    def who(cls): return cls.__name__
class CP2(CP): pass
print(CP2.who(), CP2().who())
p = property()
try:
    class NoGet:
        x = property()
    NoGet().x
except AttributeError as e:
    print(e)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value + l.value, Lazy.calls)
print(isinstance(Temp.celsius, property), Temp.celsius.fget.__name__)
