# int arithmetic, bit ops, division semantics, conversions
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7, -2))
print(2 ** 10, 2 ** -1, (-2) ** 3, pow(3, 4, 5), pow(2, -1, 7), 10 / 4, 10 / 5)
print(1 << 70, (1 << 70) >> 69, -1 >> 5, ~5, -5 & 0xff, 6 | 9, 6 ^ 3)
print(int('42'), int('-0x1f', 16), int('0b101', 0), int('z', 36), int(' 12 '), int('1_000'))
print(int(3.99), int(-3.99), int(True), int('10', base=8))
print(abs(-5), -(-5), +5, round(1234, -2), round(15, -1), round(25, -1))
print(hex(255), oct(8), bin(5), hex(-1), bin(-10))
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (7).bit_count())
print((1024).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(5 == 5.0, 5 < 5.5, 2 ** 63 > 1.0, hash(5), hash(-1), hash(-2))
for bad in ['abc', '', '1.5', '0x']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    int('5', 99)
except ValueError as e:
    print(e)
print(isinstance(2 ** 100, int), type(2 ** 100).__name__)
print(0o17, 0xFF, 0b11, 1_000_000)
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print((12).__add__(3), (12).__radd__(3), (3).__sub__(2.0))
print(divmod(17, 5), 17 .__divmod__(5))
