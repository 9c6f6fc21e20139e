# signal: invalid signal numbers and handlers
import signal
for f in [lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN), lambda: signal.signal(99, signal.SIG_IGN),
          lambda: signal.signal(signal.SIGINT, 5), lambda: signal.getsignal(0), lambda: signal.Signals(99),
          lambda: signal.raise_signal('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def handler(signum, frame):
    raise RuntimeError(f'got {signum}')
signal.signal(signal.SIGTERM, handler)
try:
    signal.raise_signal(signal.SIGTERM)
except RuntimeError as e:
    print(e)
