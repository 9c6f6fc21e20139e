# arbitrary precision integers
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(2 ** 200, -(2 ** 200) // 3, (2 ** 200) % 97, -(3 ** 100) % 7)
print(len(str(7 ** 1000)), str(7 ** 1000)[:20])
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, b // a, b % a, a - b, a + b, -a)
print(divmod(-b, a))
print(a ** 3)
print(a & b, a | b, a ^ b, ~a, a << 100, b >> 50)
print(hex(a), oct(b), bin(2 ** 70 + 1))
print(int('123456789' * 5), int('f' * 40, 16))
print(a == a + 0, a < b, b > a, a != b, sorted([b, a, 5, -a]))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(float(2 ** 100), 2 ** 100 / 3, (2 ** 100) * 1.5)
print(pow(3, 200, 10 ** 9 + 7), pow(12345678901234567890, -1, 1000000007))
print(abs(-(10 ** 30)), round(10 ** 30 + 5, -1), (10 ** 30).bit_length())
print((2 ** 64).to_bytes(9, 'big'), int.from_bytes(b'\x01' * 12, 'big'))
print(f'{2**100:,}', f'{2**80:x}', f'{-2**70:>30}', '%d' % 2 ** 90)
x = 1
for _ in range(200):
    x = x * 3 + 1
print(x % 1000000007, x.bit_length())
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    (10 ** 400) / 3.0
except OverflowError as e:
    print(e)
print((10 ** 400) // (10 ** 399), 10 ** 400 / 10 ** 399)
print(-(2 ** 63), 2 ** 63 - 1, -(2 ** 63) - 1, (2 ** 62) * 2, (2 ** 61) + (2 ** 61))
print(int(-1e20), int(1.5e300) % 1000)
