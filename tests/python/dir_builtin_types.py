# dir() of built-in objects and classes as CPython 3.11: object's __getstate__/__reduce__/__subclasshook__,
# classes' __weakref__, BaseException.__dict__, float.__getformat__; no __radd__ on the sequences
# (sq_concat) and no __bool__ on str.
class C:
    def m(self): pass
class E(Exception): pass
for name, x in [("int", 1), ("str", "s"), ("list", []), ("dict", {}), ("tuple", ()), ("set", set()), ("float", 1.0), ("bool", True),
                ("bytes", b""), ("object", object()), ("instance", C()), ("exception", ValueError("x")), ("E", E()),
                ("NoneType", None), ("function", lambda: 0), ("type", int), ("class", C), ("frozenset", frozenset()), ("range", range(1))]:
    print(name, dir(x))
import weakref
class S:
    __slots__ = ("x", "__y")
class SW:
    __slots__ = ("x", "__weakref__")
class D(C): pass
class X(set): pass
for k in (C, E, S, SW, D, X):
    print(k.__name__, sorted(k.__dict__.keys()))
c = C()
print(c.__weakref__)
r = weakref.ref(c)
print(c.__weakref__ is r)
print(c.__getstate__(), object().__getstate__(), (1).__getstate__())
c.a = 1
print(c.__getstate__(), c.__getstate__() is c.__dict__)
s = S(); s.x = 1
print(s.__getstate__())
s._S__y = 2
print(s.__getstate__())
print(C.__subclasshook__(), object.__subclasshook__(int), int.__subclasshook__())
e = ValueError("x")
print(e.__dict__)
e.note = 3
print(e.__dict__)
print(float.__getformat__("double"))
try:
    float.__getformat__("x")
except ValueError as err:
    print(err)
print("__radd__" in dir(str), "__rmul__" in dir(str), "__rmul__" in dir(list), hasattr("", "__bool__"))
