# OSError's filename2 ("-> 'dst'"), ExceptionGroup constructor messages, __import__ of dotted
# names (top package unless a fromlist), inspect's FrameInfo/Traceback named tuples.
import inspect
import sys

e = OSError(5, "io", "src", None, "dst")
print(str(e), repr(e), e.args, e.filename, e.filename2)
e = OSError(2, "gone", None, None, "dst")
print(str(e), e.args, e.filename, e.filename2)
e = OSError(2, "gone", "f")
print(str(e), e.args, type(e).__name__)
for args in [(1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as t:
        print(type(t).__name__, t)

import concurrent.futures
print(__import__("concurrent.futures").__name__)
print(__import__("os.path").__name__)
print(__import__("os.path", fromlist=["sep"]).__name__, __import__("os.path", None, None, []).__name__)


def where():
    fi = inspect.getframeinfo(sys._getframe())
    print(type(fi).__name__, fi.filename, fi.lineno, fi.function, fi.code_context, fi.index)
    print(fi[:3], len(fi), fi.positions.lineno)
    st = inspect.stack()[0]
    print(type(st).__name__, st.function, st.lineno, st.code_context, len(st), st[1:4])
    return fi


fi = where()
print(isinstance(fi, tuple), inspect.Traceback._fields, inspect.FrameInfo._fields)
try:
    1 / 0
except ZeroDivisionError as exc:
    t = inspect.getframeinfo(exc.__traceback__)
    print(t.lineno, t.function, t.code_context)
