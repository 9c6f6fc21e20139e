# super() in all its forms
class A:
    def __init__(self, v):
        self.v = v
        print('A.__init__', v)
    def m(self): return ['A']
    @classmethod
    def cm(cls): return 'A.cm on ' + cls.__name__
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
        print('B.__init__')
    def m(self): return ['B'] + super().m()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
class C(A):
    def m(self): return ['C'] + super(C, self).m()
class D(B, C):
    def m(self): return ['D'] + super().m()
d = D(1)
print(d.v, d.m(), D.cm())
print(super(B, d).m())
print(super(D, D).cm())
class E(A):
    def m(self):
        f = lambda: super(E, self).m()
        return ['E'] + f()
    def g(self):
        def inner():
            return __class__
        return inner()
print(E(0).m(), E(0).g())
class F(A):
    def m(self):
        return [x for x in super().m()] + ['F']
print(F(5).m())
s = super(B, d)
print(type(s).__name__)
try:
    super()
except RuntimeError as e:
    print(e)
class G:
    def m(self):
        return super().__repr__ is not None
print(G().m())
class H(A):
    def __init__(self):
        super(H, self).__init__('h')
H()
class P:
    @property
    def val(self): return 'P'
class Q(P):
    @property
    def val(self): return 'Q>' + super().val
print(Q().val)
class R:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('subclass', cls.__name__)
class S(R): pass
try:
    super(int, 'x')
except TypeError as e:
    print(e)
