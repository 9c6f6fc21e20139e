# sys.setrecursionlimit: a C int (OverflowError), at least 1, above the current depth (RecursionError), and a
# limit above the interpreter's own ceiling reads back as set.
import sys
try: sys.setrecursionlimit(2**31)
except Exception as e: print(type(e).__name__, e)
try: sys.setrecursionlimit(2**64)
except Exception as e: print(type(e).__name__, e)
try: sys.setrecursionlimit(-2**64)
except Exception as e: print(type(e).__name__, e)
try: sys.setrecursionlimit(0)
except Exception as e: print(type(e).__name__, e)
def f(n):
    if n == 0:
        try: sys.setrecursionlimit(10)
        except Exception as e: print(type(e).__name__, e)
    else: f(n-1)
f(50)
print(sys.getrecursionlimit())
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())
sys.setrecursionlimit(4000)
print(sys.getrecursionlimit())
