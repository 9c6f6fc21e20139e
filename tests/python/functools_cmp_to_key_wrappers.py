import functools
K = functools.cmp_to_key(lambda a, b: a - b)
print(type(K), type(K).__name__, type(K(1)))
print(K(1) < K(2), K(1) == K(1), K(1) != K(2), K(3) >= K(2), functools.cmp_to_key(lambda a, b: b - a)(1) < K(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), K(obj=5).obj)
for f in [lambda: K(1) < 1, lambda: K < K(1), lambda: hash(K(1)), lambda: K(1, 2), lambda: K()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import heapq
h = []
for x in [5, 1, 3]: heapq.heappush(h, functools.cmp_to_key(lambda a, b: a - b)(x))
print([heapq.heappop(h).obj for _ in range(3)])
import functools
try: functools.cmp_to_key(len)(x=1)
except TypeError as e: print(e)
