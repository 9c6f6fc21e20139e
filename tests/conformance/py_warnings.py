# exact-stderr
# warnings: default filters (DeprecationWarning shown only when attributed to __main__), once-per-location, stacklevel, simplefilter.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def helper():
    warnings.warn("helper says careful")


for _ in range(3):
    helper()
old_api()
old_api()
warnings.warn("beyond the stack", UserWarning, stacklevel=4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    helper()
    helper()
print("recorded:", [(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", repr(e))
print("done")
