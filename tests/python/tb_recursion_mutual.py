# exact-stderr
# mutual recursion folds pairs of lines; the limit counts the module frame
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
import sys
print(sys.getrecursionlimit())
depth = 0
def measure(n):
    global depth
    depth = n
    measure(n + 1)
try:
    measure(1)
except RecursionError as e:
    print(e, depth)
ping(0)
