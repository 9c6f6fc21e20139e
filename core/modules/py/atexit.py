# atexit: functions run when the interpreter shuts down (core/run.cpp calls _run_exitfuncs after
# __main__ finished, before it is cleared), last registered first, as CPython's atexitmodule.c.

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using atexit.register."""
    _callbacks[:] = [cb for cb in _callbacks if not cb[0] == func]


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions, newest first. A function's exception (SystemExit too)
    is reported as unraisable and the others still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback
    sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
    # The traceback starts at the callback, as when CPython calls it from C.
    traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next, file=sys.stderr)
