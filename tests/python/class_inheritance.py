# inheritance, method overriding, C3 MRO, diamond, isinstance/issubclass
class A:
    def who(self): return 'A'
    def hello(self): return 'hello from ' + self.who()
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C'
class D(B, C):
    pass
print(D().hello())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
print(issubclass(D, (int, C)), isinstance(1, (str, int)))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5): pass
print([k.__name__ for k in K6.__mro__])
print(D.__bases__, D.__base__)
print(A.__subclasses__())
class MyInt(int):
    def double(self): return self * 2
print(MyInt(21).double(), type(MyInt(3) + 1).__name__)
class MyList(list):
    def first(self): return self[0]
ml = MyList([3, 1, 2])
ml.sort()
print(ml, ml.first(), type(ml).__name__, len(ml))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md['a'], md['zz'])
class MyStr(str):
    pass
s = MyStr('abc')
print(s.upper(), type(s.upper()).__name__, s == 'abc')
class Base:
    def __init__(self):
        self.base_init = True
class Child(Base):
    pass
print(Child().base_init)
try:
    class E(1): pass
except TypeError as e:
    print(e)
