# exact-stderr
# warnings: the default filters (UserWarning shown once per location, DeprecationWarning only from __main__)
import warnings
def f():
    warnings.warn("careful", stacklevel=2)
f()
f()
for i in range(3):
    warnings.warn("loop")
warnings.warn("dep", DeprecationWarning)
warnings.warn("pend", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("rt"))
def g():
    warnings.warn("deep", stacklevel=10)
g()
print('done')
