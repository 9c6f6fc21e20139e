# exact-stderr
# A custom sys.excepthook replaces the traceback; one that raises SystemExit
# sets the exit status. sys.__excepthook__ still prints the default report.
import sys


def hook(exc_type, value, tb):
    print("custom hook:", exc_type.__name__, value)
    sys.__excepthook__(exc_type, value, tb)
    sys.exit(5)


sys.excepthook = hook
raise ValueError("handled by the hook")
