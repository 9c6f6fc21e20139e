# Interpreter shutdown as Py_FinalizeEx orders it:
# 1. an uncaught exception is stored in sys.last_type/last_value/last_traceback before the
#    excepthook runs (atexit callbacks see it);
# 2. atexit callbacks;
# 3. a first garbage collection: cyclic garbage (here objects with __del__ in reference cycles,
#    a never-awaited coroutine held by a cycle) is finalized while __main__'s globals are all
#    still there, and its RuntimeWarning still gets tracemalloc's hint line;
# 4. finalize_modules sets sys.path, sys.argv, sys.last_value, ... to None: the uncaught
#    exception and what its frames hold go next (no hint line any more);
import atexit
import sys


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "| sys.path is None:", sys.path is None)


async def work():
    pass


def make_cycle(name):
    r = Res(name)
    r.self = r
    r.coro = work()


make_cycle("cycle-1")
make_cycle("cycle-2")


def on_exit():
    print("atexit: last_type", sys.last_type.__name__, "last_value", repr(sys.last_value))
    print("atexit: last_traceback line", sys.last_traceback.tb_lineno)


atexit.register(on_exit)


def fail():
    held = Res("held-by-traceback")
    raise LookupError("uncaught")


print("start")
fail()
