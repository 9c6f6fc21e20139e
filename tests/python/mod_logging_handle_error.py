# logging: a StreamHandler's repr names its stream; Handler.handleError's report shows the call
# stack of the code that logged (logging's own frames skipped), then the message and arguments.
import io
import logging
import sys

print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler()))
h = logging.StreamHandler(io.StringIO())
h.setLevel(logging.INFO)
print(repr(h), sys.stdout.name, sys.stderr.name, sys.stdout.mode)


def log_badly():
    logging.warning("x=%s y=%s", 1)


captured = io.StringIO()
sys.stderr = captured
try:
    log_badly()
finally:
    sys.stderr = sys.__stderr__
report = captured.getvalue()
print(report.splitlines()[0])
print(report[report.index("Call stack:"):], end="")
