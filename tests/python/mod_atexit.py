# exact-stderr
# atexit: callbacks run after the main module (and its uncaught exception's report), newest
# first, with their arguments; unregister removes every registration; a failing callback is
# reported as unraisable and the rest still run.
import atexit
import sys


class Failing:
    def __init__(self, exc):
        self.exc = exc

    def __call__(self):
        raise self.exc

    def __repr__(self):
        return f"<Failing {self.exc!r}>"


def show(*args, **kwargs):
    print("exit:", args, kwargs)


atexit.register(show, 1, y=2)
atexit.register(Failing(ValueError("boom")))
atexit.register(Failing(SystemExit(3)))
print(atexit.register(show, "last") is show)
atexit.register(print, "unregistered")
atexit.unregister(print)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")
raise KeyError("uncaught")
