# Arbitrary-precision integers: big powers, factorials, floor division and modulo with negatives, pow with modulus, bases, bit ops.
import math

big = 2 ** 200
print(big)
print(-big // 7, -big % 7, big // -7, divmod(big, 10 ** 20))
print(math.factorial(50))
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(7, -1, 13))
print(big.bit_length(), (big - 1).bit_count(), hex(big), oct(255), bin(-10))
print(int("ff" * 10, 16), int("-0b1011", 0), int("1_000_000"), int("  42  "), int("z", 36))
print(12345678901234567890 * 98765432109876543210)
print((10 ** 30 + 1) * (10 ** 30 - 1) == 10 ** 60 - 1, 10 ** 18 / 3, 7 / 2, 8 / 4)
print(-(2 ** 64) >> 3, 1 << 100, ~5, 0xF0 & 0x3C, 0xF0 | 0x0F, 6 ^ 3)
print(abs(-big) == big, int(1e20), int(-3.9), round(123456789, -3), str(2 ** 100)[::-1][:5])
print(sum(range(10 ** 6)), 17 ** 17 % 1000, (-3) ** 3, 0 ** 0)
try:
    int("12x")
except ValueError as e:
    print("ValueError:", e)
