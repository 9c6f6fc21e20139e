# traceback's limit counts frames (before "[Previous line repeated]" collapsing); a limit that
# leaves no frame drops the "Traceback (most recent call last):" header too.
import sys
import traceback


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)


try:
    deep(6)
except ValueError as e:
    err = e

for limit in (None, 0, 1, 3, 5, -1, -2, -4, 100, -100):
    print("limit", limit)
    traceback.print_exception(err, limit=limit, file=sys.stdout)
print(traceback.format_exception(err, limit=0))
print(len(traceback.format_tb(err.__traceback__, limit=2)), len(traceback.format_tb(err.__traceback__, limit=-3)))
print("".join(traceback.format_tb(err.__traceback__, limit=-2)), end="")

try:
    try:
        deep(2)
    except ValueError as e:
        raise KeyError("outer") from e
except KeyError as e:
    traceback.print_exception(e, limit=1, file=sys.stdout)
    print(traceback.format_exc(limit=0), end="")
    traceback.print_exc(limit=-1, file=sys.stdout)

sys.tracebacklimit = 1
traceback.print_exception(err, file=sys.stdout)
sys.tracebacklimit = -5
traceback.print_exception(err, file=sys.stdout)
del sys.tracebacklimit

eg = ExceptionGroup("many", [err])
try:
    raise eg
except ExceptionGroup as g:
    traceback.print_exception(g, limit=0, file=sys.stdout)
    traceback.print_exception(g, limit=-1, file=sys.stdout)
