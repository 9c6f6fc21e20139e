# An uncaught SystemExit keeps the __traceback__ it had when it was last caught: CPython 3.11
# adds a frame it passes through without a handler only to the pending traceback, which
# reaches __traceback__ at the next catch (the `finally` in h here), and handle_system_exit
# never writes it (unlike PyErr_Print for other exceptions). atexit sees it.
import atexit
import sys
import traceback

store = []


def f():
    try:
        raise SystemExit("bye")
    except SystemExit as e:
        store.append(e)
        raise


def g():
    f()


def h():
    try:
        g()
    finally:
        print("h finally")


def never_caught():
    raise SystemExit(4)


def report():
    for e in store:
        print("--", repr(e))
        traceback.print_tb(e.__traceback__, file=sys.stdout)


atexit.register(report)
try:
    never_caught()
except SystemExit as e:
    print("caught at module level:", [t.name for t in traceback.extract_tb(e.__traceback__)])
h()
