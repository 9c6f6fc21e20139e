# exact-stderr
# warnings: simplefilter/filterwarnings with message patterns, categories and the once/error actions
import warnings
warnings.filterwarnings("ignore", message="ign.*re")
warnings.warn("IGNORE me")
warnings.warn("ignore me too")
warnings.warn("not ignored")
warnings.filterwarnings("ignore", category=RuntimeWarning)
warnings.warn("rt hidden", RuntimeWarning)
warnings.simplefilter("once", UserWarning)
warnings.warn("o1")
warnings.warn("o1")
warnings.simplefilter("error", ResourceWarning)
try:
    warnings.warn("boom", ResourceWarning)
except ResourceWarning as e:
    print("caught", repr(e))
print(warnings.filters[0][0], warnings.filters[0][2].__name__)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
warnings.resetwarnings()
warnings.warn("after reset", DeprecationWarning)
print('done')
