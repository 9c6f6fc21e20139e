# Custom exception hierarchies, args/str/repr, except with tuples, add_note (3.11), except* on ExceptionGroup, exceptions as values.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


class NotFound(AppError):
    pass


e = NotFound(404, "no such page")
print(str(e), repr(e), e.args, isinstance(e, AppError), type(e).__mro__[1].__name__)
for exc in (NotFound(1, "x"), KeyError("k"), ValueError()):
    try:
        raise exc
    except (KeyError, AppError) as caught:
        print("caught", type(caught).__name__, caught)
    except Exception as other:
        print("other", repr(other), str(other) == "")
err = ValueError("with notes")
err.add_note("note one")
err.add_note("note two")
print(err.__notes__)
try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as g:
    print("values:", g.exceptions)
except* TypeError as g:
    print("types:", g.exceptions)
eg = ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [OSError("o")])])
match_, rest = eg.split(OSError)
print(repr(match_), repr(rest))
print(repr(Exception()), repr(Exception("a", 2)), str(Exception("a", 2)), BaseException.__subclasses__()[0].__name__)
