# float repr (shortest round-trip), arithmetic, special values, formatting
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 1.5e300 * 1e10, 123456789.123456789)
print(1.0, -0.0, 100.0, 1e22, 1e23, 12345678901234567.0, 0.000123)
print(float('inf'), float('-inf'), float('nan'), float(' 1.5 '), float('1e-3'), float('-infinity'))
print(3.0 == 3, 0.1 * 3 == 0.3, round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(3.14159, 3), round(1e20), round(123.456, -1), type(round(2.5)).__name__)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), 2.0 ** 0.5, (-8) ** (1 / 3) if False else 0)
print(int(2.5), int(-2.5), float(7), float('  -3.25e2 '))
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), (1.5).hex())
print(float.fromhex('0x1.8p1'), (10.0).__repr__(), str(1e-7), repr(1e100))
nan = float('nan')
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], float('inf') > 1e308)
print(hash(1.0), hash(0.5), hash(-1.0), hash(float('inf')), hash(1e100) == hash(int(1e100)))
print(f'{3.14159:.2f}', f'{1234.5:,.1f}', f'{0.25:%}', f'{1e-10:g}', f'{12345.678:e}', f'{2.0:g}')
print('%.3f %e %g %10.4f|%-10.2f|' % (1 / 3, 12345.678, 0.00001234, 3.14159, 2.5))
print(format(1.0, ''), format(1e16, ''), format(123.0, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    float('abc')
except ValueError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(max(1.5, 2), min(-0.0, 0.0), abs(-2.5), sum([0.1] * 10))
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
print(float(True), 3 * 1.1, 1.1 + 2.2, 100 * 1.1)
print(0.1 .__add__(0.2), (2.5).__round__(), (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__())
