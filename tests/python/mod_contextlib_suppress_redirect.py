# contextlib: suppress and redirect_stdout / redirect_stderr
import sys
import io
from contextlib import suppress, redirect_stdout, redirect_stderr
with suppress(ZeroDivisionError):
    1 / 0
print('after suppress')
with suppress(KeyError, IndexError):
    [][1]
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print(e)
buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden', 42)
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)
