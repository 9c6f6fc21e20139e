# warnings: catch_warnings(record=True) collects WarningMessage objects; filters restored after
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", UserWarning)
    warnings.warn("three", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", repr(e))
with warnings.catch_warnings(record=True) as w2:
    warnings.simplefilter("ignore")
    warnings.warn("silent")
print(len(w2))
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  code  "), end='')
print(repr(warnings.formatwarning("m", UserWarning, "f.py", 3, "")))
seen = []
old = warnings.showwarning
warnings.showwarning = lambda *a, **k: seen.append(str(a[0]))
warnings.warn("to hook")
warnings.showwarning = old
print(seen)
