# exact-stderr
# stdout and stderr interleave: output before the traceback survives; stderr writes
import sys
print('to stdout')
print('to stderr', file=sys.stderr)
sys.stderr.write('written directly\n')
sys.stdout.write('no newline')
sys.stdout.write('\n')
raise ValueError('after output')
