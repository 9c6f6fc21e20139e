# math module: constants, floor/ceil/trunc, sqrt/isqrt, gcd/lcm, factorial/comb/perm, logs, isclose, fsum, prod, inf/nan.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(3.5), round(2.675, 2))
print(math.sqrt(2), math.isqrt(10**20 + 1), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.gcd(84, 36), math.lcm(4, 6, 10), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(1), math.log1p(1e-10))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isnan(float("nan")), math.isinf(1e308 * 10))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(math.pi), math.atan2(1, 1))
print(math.copysign(3, -0.0), math.fabs(-4), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(divmod(-7, 2), -7 // 2, -7 % 2, math.fmod(-7, 2), 2 ** -1, pow(2, 10, 1000))
