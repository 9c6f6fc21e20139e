# math: correctly rounded fsum, hypot and dist (CPython's vector_norm)
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]), math.fsum([]))
print(math.fsum(x / 7 for x in range(100)), math.fsum([math.inf, 1]), math.fsum([2**53, 1, 1]))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(1e-320, 1e-320))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(1e300, 1e300), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)))
vals = [x * 0.37 for x in range(1, 30)]
print(math.hypot(*vals), math.fsum(vals))
