# CPython 3.11.7's printer of an uncaught exception walks any sequence in __notes__ (a tuple, a
# str -- one note per character --, bytes, range) by index and str()s each note; a non-sequence
# (a dict, an int) is written as its repr() with no newline after it. traceback.print_exc
# (traceback.py) agrees for these kinds.
import sys
import traceback

for notes in (("t1", "t2\nt2b"), "ab", b"xy", range(2), {"k": 1}, 7, [3, ValueError("n")]):
    e = ValueError("x")
    e.__notes__ = notes
    try:
        raise e
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    print("|")

e = KeyError("uncaught")
e.__notes__ = ("first", "second")
inner = ExceptionGroup("group", [e])
inner.__notes__ = {"group": "notes"}
raise inner
