# signal.py over _signal (as CPython): the numbers and handlers come back as enum members, the
# handler table is shared, raise_signal runs a Python handler with the int and the caller's frame.
import signal, sys
print(signal.SIGINT, repr(signal.SIGINT), signal.SIG_DFL, repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
def h(n, f): print("handler", n, type(n).__name__, f.f_code.co_name)
old = signal.signal(signal.SIGUSR1, h)
print(repr(old))
def g(): signal.raise_signal(signal.SIGUSR1)
g()
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(h))
print(repr(signal.getsignal(signal.SIGUSR1)))
signal.raise_signal(signal.SIGUSR1)
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()))
print(signal.strsignal(2), signal.NSIG, signal.Signals(15), signal.Handlers(1))
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("OSError", e)
try:
    signal.signal(99, h)
except ValueError as e:
    print("ValueError", e)
try:
    signal.signal(2, 5)
except TypeError as e:
    print("TypeError", e)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.signal(signal.SIGINT, signal.SIG_DFL) is signal.default_int_handler, repr(signal.getsignal(2)))
import _signal
print(_signal.getsignal(2) is signal.default_int_handler, repr(_signal.getsignal(signal.SIGUSR1)), _signal.SIGINT)
signal.signal(signal.SIGUSR2, h)
print(_signal.getsignal(_signal.SIGUSR2) is h)
