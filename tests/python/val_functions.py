# function objects: attributes, bound methods, identity
def f(a, b=1, *args, c=2, **kw):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount)
f.custom = 'attr'
print(f.custom, 'custom' in f.__dict__, callable(f), type(f).__name__)
g = f
print(g is f, g(5), f == g)
class C:
    def m(self): return self
    @staticmethod
    def s(): return 's'
c = C()
bm = c.m
print(type(bm).__name__, bm.__self__ is c, bm.__func__ is C.m, bm() is c, bm == c.m, bm is c.m)
print(type(C.m).__name__, type(C.s).__name__, C.s(), c.s())
print(type(len).__name__, len.__name__, type([].append).__name__, [].append.__name__)
print(type(str.upper).__name__, str.upper('x'), type('x'.upper).__name__)
print(repr(len), repr(str.join).startswith('<method'), repr(dict.fromkeys).startswith('<built-in method'))
def annotated(x: int, y: 'str' = 'd') -> bool:
    return True
print(annotated.__annotations__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__)
f.__name__ = 'renamed'
print(f.__name__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
print((lambda: None).__name__, f.__globals__ is globals())
def defaults_shared(x=[]):
    return x
print(defaults_shared() is defaults_shared())
print(isinstance(f, object), hasattr(f, '__call__'), f.__call__(1))
def kw_only(*, a): return a
print(kw_only.__code__.co_kwonlyargcount)
