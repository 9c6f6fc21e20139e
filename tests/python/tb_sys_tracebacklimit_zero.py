# sys.tracebacklimit = 0 (or negative): an uncaught exception prints no traceback at all, not
# even the "Traceback (most recent call last):" header -- only the chain's final lines.
import sys


def f():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("zero limit")


sys.tracebacklimit = -5
f()
