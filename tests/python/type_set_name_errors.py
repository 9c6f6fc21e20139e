class A: pass
def show(f):
    try: f(); print("ok", A.__name__, A.__qualname__)
    except Exception as e: print(type(e).__name__, e)
def setn(v): A.__name__ = v
def setq(v): A.__qualname__ = v
show(lambda: setn(5)); show(lambda: setn(None)); show(lambda: setq(5)); show(lambda: setn("a\x00b"))
def seti(): int.__name__ = "x"
def setiq(): int.__qualname__ = "x"
def deln(): del A.__name__
def delq(): del A.__qualname__
show(seti); show(setiq); show(deln); show(delq)
show(lambda: setn("Renamed")); show(lambda: setn(3)); show(lambda: setq("Q.R"))
print(A, repr(A()).split(" object")[0])
