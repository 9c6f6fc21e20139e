class Outer:
    class Inner:
        p = property()
        q = property(lambda s: 1)
def show(f):
    try: f()
    except Exception as e: print(type(e).__name__ + ":", e)
o = Outer.Inner()
show(lambda: o.p)
show(lambda: setattr(o, "q", 1))
show(lambda: delattr(o, "q"))
show(lambda: property().__get__(1))
show(lambda: property().__set__(1, 2))
show(lambda: property().__delete__(1))
show(lambda: property().__set__(None, 2))
x = property(lambda s: 1)
show(lambda: x.__set__(5, 1))
print(type(x.__get__(None, int)).__name__, x.__get__(3))
show(lambda: x.__get__(None))
class T:
    @property
    def temp(self): return 1
show(lambda: setattr(T(), "temp", 5))
def getter(self): return 2
class U:
    v = property(getter)
show(lambda: setattr(U(), "v", 5))
prop = property(getter)
class V: pass
V.w = prop
show(lambda: setattr(V(), "w", 5))
show(lambda: x.__get__(None, None))
print(x.__get__(3, None), type(x.__get__(None, int)).__name__)
def fn(self): return self
show(lambda: fn.__get__(None))
print(fn.__get__(None, int) is fn, fn.__get__(5)())
sm = staticmethod(fn)
print(sm.__get__(None, int) is fn, sm.__get__(1) is fn)
show(lambda: sm.__get__(None))
cm = classmethod(fn)
print(cm.__get__(None, int)(), cm.__get__(3)())
show(lambda: cm.__get__(None))
show(lambda: str.upper.__get__(None))
print(str.upper.__get__("ab")(), str.upper.__get__(None, str) is str.upper)
