# signal: a signal whose action is SIG_DFL ends the process with status 128+N
import signal
print('before', flush=True)
signal.raise_signal(signal.SIGTERM)
print('not reached')
