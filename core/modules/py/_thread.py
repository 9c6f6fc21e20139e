# _thread: the low-level names CPython's C module has, over LoopScope's threading module (one real
# thread; executor jobs are green threads, core/loop/green.cpp). interrupt_main() simulates a
# signal arriving in the main thread as CPython's PyErr_SetInterruptEx does: nothing happens when
# the signal is not handled by Python (SIG_DFL, SIG_IGN); otherwise its handler runs before the
# next line of the caller (default_int_handler: KeyboardInterrupt, asyncio.Runner's handler:
# cancels the main task).

import sys as _sys
import _signal
from threading import (get_ident, get_native_id, TIMEOUT_MAX, Lock as LockType, RLock, local as _local,
                       stack_size)

error = RuntimeError
allocate_lock = LockType
allocate = LockType


def start_new_thread(function, args, kwargs=None, /):
    """Start a new thread and return its identifier (a green thread: it runs at once until it
    first blocks; the interpreter's exit does not wait for it)."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    import threading
    return threading._start_new_thread(function, args, kwargs or {})


start_new = start_new_thread


def interrupt_main(signum=_signal.SIGINT, /):
    """Simulate the arrival of the given signal in the main thread."""
    n = _signal._signum(signum)
    handler = _signal._handlers[n]
    if not callable(handler):
        return
    handler(n, _sys._getframe(1))
