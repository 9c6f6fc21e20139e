# type, isinstance, issubclass, id, hash, callable, getattr, setattr, hasattr, delattr, vars, dir
class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self): pass
a = A()
print(type(a).__name__, type(A).__name__, type(type).__name__, isinstance(a, A), isinstance(A, type))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, (str, int)))
print(id(a) == id(a), id(a) != id(A()), isinstance(id(a), int))
print(callable(len), callable(A), callable(a), callable(a.method), callable(None))
print(getattr(a, 'inst'), getattr(a, 'nope', 'default'), hasattr(a, 'cls_attr'), hasattr(a, 'x'))
setattr(a, 'new', 3)
print(a.new, vars(a))
delattr(a, 'new')
print(vars(a), 'method' in vars(A), type(vars(A)).__name__)
print([n for n in dir(a) if not n.startswith('__')])
print([n for n in dir(A) if not n.startswith('_')], 'append' in dir([]), 'upper' in dir(str))
print(dir([])[:3], len(dir(object)) > 20)
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
try:
    issubclass('a', str)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
print(type(None)(), type(1)('5'), type('')(5), type([])('ab'))
print(isinstance(int, object), isinstance(object, type), issubclass(type, object), type(object) is type)
def f(): pass
print(sorted(vars(f)), f.__dict__ is vars(f))
print(hash('a') == hash('a'), hash(1) == 1, hash(-1) == -2, hash(()) == hash(()))
import sys
print(type(sys).__name__, hasattr(sys, 'argv'), getattr(sys, 'nothing', None))
print(globals()['A'] is A, 'a' in globals(), locals() is globals())
def loc():
    x = 1
    y = 2
    return sorted(locals().items())
print(loc())
