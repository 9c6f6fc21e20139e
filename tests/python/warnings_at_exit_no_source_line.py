# A warning issued while the interpreter finalizes its modules (a __del__ of __main__'s globals at
# exit) has no source line and no tracemalloc hint: CPython's formatting imports linecache and
# tracemalloc, which fails once sys.modules is emptied. Before that (gc.collect(), atexit) it has both.
import warnings, gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self):
        warnings.warn(f"bye {self.n}", UserWarning)
warnings.simplefilter("always")
a = A(1)
a.me = a
del a
gc.collect()
x = A(2)
x.me = x
def f():
    warnings.warn("in f", RuntimeWarning)
import atexit
atexit.register(f)
print("end")
class B:
    def __del__(self):
        warnings.warn("src", ResourceWarning, source=self)
b = B()
c = B()
c.me = c
del c
gc.collect()
