# `print >> f` (Python 2's chevron) gets CPython's hint in the TypeError (abstract.c binary_op);
# other operators, in-place >>= and other builtins keep the plain message.
import sys

def show(f):
    try:
        f()
    except TypeError as e:
        print(e)

show(lambda: print >> sys.stderr)
show(lambda: print >> 1)
show(lambda: print << sys.stderr)
show(lambda: len >> sys.stderr)

def inplace():
    p = print
    p >>= 1

show(inplace)
print >> sys.stderr, "hello"
