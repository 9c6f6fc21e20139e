# _signal: what CPython's C module _signal has -- the signal numbers as plain ints, the handler
# table behind signal()/getsignal(), default_int_handler, raise_signal() which runs the registered
# handler. signal.py wraps it with the Signals/Handlers/Sigmasks enums, as CPython's does; asyncio's
# Runner installs its SIGINT handler through this module, so a program that never imports signal
# does not load enum.
# LoopScope has no operating-system signals: handlers run when the program raises a signal
# itself (or when the host simulates Ctrl+C, which the interpreter delivers as SIGINT).

import sys

_names = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6,
    'SIGIOT': 6, 'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11,
    'SIGUSR2': 12, 'SIGPIPE': 13, 'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16, 'SIGCHLD': 17,
    'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23,
    'SIGXCPU': 24, 'SIGXFSZ': 25, 'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29,
    'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64,
}

SIG_DFL = 0
SIG_IGN = 1
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2
NSIG = 65

_globals = globals()
for _name, _number in _names.items():
    _globals[_name] = _number
del _globals, _name, _number


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# signal number -> SIG_DFL (0), SIG_IGN (1) or a callable
_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN


def _signum(signalnum):
    try:
        n = signalnum.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__) from None
    if not 1 <= n < NSIG:
        raise ValueError('signal number out of range')
    return n


def signal(signalnum, handler, /):
    """Set the action for the given signal; returns the previous one."""
    n = _signum(signalnum)
    if handler not in (SIG_IGN, SIG_DFL) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if n in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    old = _handlers[n]
    if not callable(handler):
        handler = SIG_IGN if handler == SIG_IGN else SIG_DFL
    _handlers[n] = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    return _handlers[_signum(signalnum)]


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    n = _signum(signalnum)
    return _descriptions.get(n, 'Real-time signal %d' % (n - 34) if n >= 34 else None)


_descriptions = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {n for n in range(1, NSIG) if not 32 <= n <= 33}


def raise_signal(signalnum, /):
    """Send a signal to the executing process: runs its handler now."""
    n = _signum(signalnum)
    handler = _handlers[n]
    if handler == SIG_IGN and not callable(handler):
        return
    if not callable(handler):  # SIG_DFL
        if n in (SIGCHLD, SIGURG, SIGWINCH, SIGCONT):
            return
        # The process would die by the signal: the shell reports status 128 + n.
        raise SystemExit(128 + n)
    handler(n, sys._getframe(1))


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds (not in LoopScope)."""
    return 0


def pause():
    """Wait until a signal arrives (there are none in LoopScope)."""
    return None


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in."""
    return -1


def siginterrupt(signalnum, flag, /):
    _signum(signalnum)


def pthread_sigmask(how, mask, /):
    return set()


def pthread_kill(thread_id, signalnum, /):
    raise_signal(signalnum)
