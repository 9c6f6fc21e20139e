# Exception chaining: __cause__ (raise from), __context__ (implicit), raise from None (__suppress_context__), printed via traceback.
import traceback


class AppError(Exception):
    pass


def step(kind):
    try:
        {}["key"]
    except KeyError as e:
        if kind == "from":
            raise AppError("explicit") from e
        if kind == "none":
            raise AppError("suppressed") from None
        raise AppError("implicit")


for kind in ("from", "implicit", "none"):
    try:
        step(kind)
    except AppError as err:
        print(kind, "| cause:", repr(err.__cause__), "| context:", repr(err.__context__),
              "| suppress:", err.__suppress_context__)
        print("".join(traceback.format_exception(err)), end="")
        print("---")
