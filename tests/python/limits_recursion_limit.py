# sys.setrecursionlimit changes where RecursionError happens; recovery after it
import sys
def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(100)
print(depth())
sys.setrecursionlimit(300)
print(depth())
sys.setrecursionlimit(1000)
print(depth())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print('RecursionError:', e)
print(deep(10))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr recursion:', e)
def gen_rec(n):
    yield n
    yield from gen_rec(n + 1)
try:
    for v in gen_rec(0):
        pass
except RecursionError as e:
    print('generator recursion:', type(e).__name__, v > 100)
