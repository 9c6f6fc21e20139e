# math: exact integer functions on small and big ints
import math
print(math.gcd(12, 18), math.gcd(), math.gcd(0, -4), math.gcd(2**100, 6**50), math.gcd(3, 6, 9))
print(math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.isqrt(10**20 + 1), math.isqrt(0), math.isqrt(99), math.isqrt(2**200))
print(math.factorial(0), math.factorial(25), len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.perm(10, 3), math.perm(5), math.perm(4, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2), math.prod(range(1, 21)))
print(math.log(2**1000), math.log10(10**500), math.log2(2**2000), math.log(10**400, 10))
print(math.floor(10**20 + 0.0), math.trunc(1e300) == int(1e300))
