# fractions: construction, arithmetic, comparison and hashing of Fraction
from fractions import Fraction as F
print(F(1, 3) + F(1, 6), F('3/4'), F(0.5), F('1.25'), F(3, -6), repr(F(2, 4)), F('-2e-3'), F(7), F(F(1, 2)))
print(F(1, 3) * 3 == 1, float(F(1, 3)), F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), 2), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), F(1, 3) < 0.5, F(1, 2) == 0.5, F(22, 7).limit_denominator(5), F(3.141592653589793).limit_denominator(1000))
print(abs(F(-1, 2)), F(1, 2) ** 2, F(1, 2) ** -1, 2 ** F(2), F(1, 2) + 1, 1 - F(1, 3), F(1, 2) * 0.5, int(F(-7, 2)), F(5, 3).numerator, F(5, 3).denominator)
for f in [lambda: F(1, 0), lambda: F('abc'), lambda: F(1.5, 2)]:
    try:
        print(f())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
