# exact-stderr
# An uncaught exception goes to sys.excepthook; a hook that raises has its own
# traceback printed ("Error in sys.excepthook:") before the original one.
import sys

print(sys.excepthook is sys.__excepthook__)


def hook(exc_type, value, tb):
    print("hook:", exc_type.__name__, value, tb is value.__traceback__)
    print("hook frames:", tb.tb_lineno, tb.tb_next is None)
    raise KeyError("in the hook")


sys.excepthook = hook
print("before")
raise RuntimeError("uncaught")
