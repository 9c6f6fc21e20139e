# __class__ assignment, __name__/__qualname__ changes, __doc__, __module__, __dict__ of classes
class A:
    'A doc'
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
print(a.who(), a.__class__.__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = 'Q'
print(repr(A))
print(A.__doc__, B.__doc__, A.__module__)
class C:
    x = 1
print(sorted(k for k in C.__dict__ if not k.startswith('__')), C.__dict__['x'])
C.y = 2
print('y' in C.__dict__, C.y)
print(type(C.__dict__).__name__, C.__dict__.get('x'), len([k for k in C.__dict__]) > 3)
def f(): pass
class D:
    method = f
print(D.method is f, D().method.__func__ is f)
class E:
    __module__ = 'custom.module'
print(repr(E))
print(int.__module__, object.__module__, type.__name__, int.__qualname__)
