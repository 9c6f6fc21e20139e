# __new__ and __init__: order, return values, singletons, immutables
class Tracer:
    def __new__(cls, *args, **kw):
        print('new', cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.made_by_new = True
        return inst
    def __init__(self, x, y=0):
        print('init', x, y)
        self.x = x
t = Tracer(1, y=2)
print(t.made_by_new, t.x)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper('abc'), type(Upper('a')).__name__)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print(e)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
class P:
    def __init__(self, v):
        self.v = v
class Q(P):
    def __init__(self):
        super().__init__('from Q')
print(Q().v)
obj = object.__new__(P)
print(hasattr(obj, 'v'))
P.__init__(obj, 3)
print(obj.v)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
print(Point(1, 2), Point(1, 2).x, len(Point(3, 4)))
try:
    object(1)
except TypeError as e:
    print(e)
