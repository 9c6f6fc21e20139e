# A bound method's __doc__ is its function's (None without a docstring), not object's docstring.
import types

class A:
    def f(self):
        pass
    def g(self):
        "doc of g"
    @classmethod
    def c(cls):
        "classmethod doc"
    @staticmethod
    def s():
        pass

a = A()
print(repr(a.f.__doc__), repr(a.g.__doc__), repr(A.c.__doc__), repr(A.s.__doc__), repr(A.f.__doc__))
print(repr(types.MethodType(A.g, 1).__doc__), repr(types.MethodType(lambda self: 0, a).__doc__))
def h():
    "function doc"
h.__doc__ = "changed"
print(types.MethodType(h, a).__doc__, getattr(a.f, "__doc__", "missing"))
