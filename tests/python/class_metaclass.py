# metaclasses: __new__, __init__, __call__, __prepare__, class keyword arguments
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta, tag='first'):
    x = 1
    def method(self): return 'm'
class B(A):
    y = 2
print(type(A).__name__, type(B).__name__, A.tag, B.tag)
b = B()
print(b.method(), isinstance(B, Meta))
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print('prepare', name)
        return {'injected': True}
class C(metaclass=Ordered):
    z = 3
print(C.injected, C.z)
def func_meta(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)
class D(metaclass=func_meta):
    pass
print(D.made_by, type(D).__name__)
T = type('T', (object,), {'v': 7, 'get': lambda self: self.v})
print(T().get(), T.__name__, type(T).__name__)
print(type(5), type('x') is str, type(type))
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class E(metaclass=Counting):
    def __init__(self, v): self.v = v
E(1); E(2)
print(Counting.count, E(3).v)
class AttrMeta(type):
    def __getattr__(cls, name):
        return 'class-level ' + name
class F(metaclass=AttrMeta): pass
print(F.anything)
class MetaProp(type):
    @property
    def upper_name(cls): return cls.__name__.upper()
class G(metaclass=MetaProp): pass
print(G.upper_name)
try:
    type('x')
    type('a', 'b', 'c')
except TypeError as e:
    print(e)
