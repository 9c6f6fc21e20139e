# traceback.format_exception() returns CPython's pieces: a frame entry with its source lines is one
# piece, and so is a chaining message ("\nThe above exception was the direct cause of the
# following exception:\n\n", "\nDuring handling of the above exception, ...\n\n").
import traceback
def f():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("v")
try:
    try:
        f()
    except ValueError as e:
        raise RuntimeError("r") from e
except RuntimeError as e:
    for piece in traceback.format_exception(e):
        print(repr(piece))
    print(traceback.format_exception(e, chain=False))
    print(len(traceback.format_exc().splitlines()))
