# An except* statement whose body always raises (nothing falls through to its else block) leaves
# the stack depth of the code after it unchanged: a later handler that raises inside a nested
# try restored a stale stack item as the handled exception (sys.exception() returned an int, and
# the next exception's implicit chaining crashed on it).
import sys

try:
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t")])
except* ValueError as g:
    print("caught", repr(g))
except* TypeError as g:
    print("caught", repr(g))

try:
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
print(repr(sys.exception()))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e), repr(e.__context__))
print(repr(sys.exception()))


def f():
    try:
        raise ExceptionGroup("g", [KeyError("k")])
    except* KeyError:
        pass
    for i in range(2):
        try:
            try:
                raise OSError(i)
            except OSError:
                raise LookupError(i)
        except LookupError as e:
            print(repr(e), repr(e.__context__), repr(sys.exception()))
    return repr(sys.exception())


print(f())
