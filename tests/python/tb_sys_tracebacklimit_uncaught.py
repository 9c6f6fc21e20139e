# The interpreter's printer of an uncaught exception reads sys.tracebacklimit (traceback.c):
# an int N keeps the LAST N entries of every traceback in the chain and the group tree.
import sys


def a(n):
    b(n)


def b(n):
    c(n)


def c(n):
    raise ValueError(n)


def wrap():
    try:
        a(1)
    except ValueError as e:
        raise ExceptionGroup("group", [e, KeyError("k")])


sys.tracebacklimit = 2
try:
    wrap()
except ExceptionGroup:
    try:
        a(2)
    except ValueError:
        raise RuntimeError("last")
