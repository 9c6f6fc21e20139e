# exact-stderr
# "Exception ignored in: ..." (PyErr_WriteUnraisable) prints the traceback and 'Type: str(exc)' only: no chained __context__, no notes, no exception-group tree, and ': ' even when the message is empty.
import gc


class Empty:
    def __del__(self):
        raise RuntimeError()


class Chained:
    def __del__(self):
        try:
            {}["k"]
        except KeyError:
            raise ValueError("in handler")


class Noted:
    def __del__(self):
        e = ValueError("noted")
        e.add_note("a note")
        raise e


class Group:
    def __del__(self):
        raise ExceptionGroup("grp", [ValueError(1), KeyError("k")])


class Key:
    def __del__(self):
        raise KeyError("missing")


for cls in (Empty, Chained, Noted, Group, Key):
    x = cls()
    del x


async def suspended():
    try:
        await Yield()
    finally:
        {}["gone"]


class Yield:
    def __await__(self):
        yield


s = suspended()
s.send(None)
del s
gc.collect()
print("end")
