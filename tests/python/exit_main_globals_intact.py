# At exit __main__ leaves sys.modules and its globals -- kept only by the functions and classes
# defined in the module (reference cycles) -- are collected as garbage: every global object's
# __del__ runs before any global is cleared, so it can still use the module's other globals
# (a logger, a helper function, an imported module, a counter), as in CPython.
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("pool")
released = []


def describe(res):
    return f"{res.name} ({len(released)} released before)"


class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.info("closing %s", describe(self))
        print("del", describe(self), "| sys.path is None:", sys.path is None)
        released.append(self.name)


primary = Connection("primary")
replica = Connection("replica")
alias = primary
cache = Connection("cache")
print("end of program")
