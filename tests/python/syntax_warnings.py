# exact-stderr
# Compile-time SyntaxWarnings as CPython 3.11 issues them: "is"/"is not" with a literal (numbers, signed numbers, strings, bytes, constant tuples; not None/True/False/...), in chains and functions, and an assertion on a non-empty tuple.
import re
print(re.match("a", "abc"))
x = 3
print(x is 3, x is -1, x is (), x is (1,2), x is "a" "b", x is not None, x is ...)
assert (x, "m")
print(1 < x is 2)
def f():
    return x is 4
print(x is b"x", x is (None,), x is not 1.5, x is ~1, x is not -2.5)
import warnings
warnings.simplefilter("ignore")
exec("y = 1 is 1")
warnings.resetwarnings()
exec("z = 2 is 2")
print(y, z)
