# signal: Signals enum, getsignal/signal round trips, raise_signal running handlers
import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGINT == 2, int(signal.SIGUSR1))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
got = []
old = signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.raise_signal(signal.SIGUSR1)
print(got, old, callable(signal.getsignal(signal.SIGUSR1)))
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored SIGINT')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from default_int_handler')
print(signal.Signals(15), signal.strsignal(2), signal.Handlers.SIG_DFL, signal.SIG_IGN == 1)
