# chr, ord, hex, bin, oct, format
print(chr(65), chr(0x263A), chr(0), repr(chr(127)), ord('a'), ord('€'), ord('\n'), ord(b'A'))
print(hex(0), hex(255), hex(-255), hex(2 ** 70), bin(0), bin(10), bin(-3), oct(64), oct(-8))
print(format(255, 'x'), format(255, '#X'), format(10, '08b'), format(3.14159, '.2f'), format('x', '^5'))
print(format(1234567.891, ',.2f'), format(0.5, '%'), format(42, ''), format('s'), format(5, '+05d'))
print(format(-42, '=8d'), format(42, '<8d') + '|', format(12, 'c'), format(1e10, 'g'), format(1.5e-7, 'G'))
for bad in [lambda: chr(1.5), lambda: ord(''), lambda: hex(1.5), lambda: bin('1'), lambda: format(1, 'q'),
            lambda: format('s', 'd'), lambda: format(1.5, 'd'), lambda: oct(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([ord(c) for c in 'AZaz09'], ''.join(chr(c) for c in range(97, 102)))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(777), 8))
