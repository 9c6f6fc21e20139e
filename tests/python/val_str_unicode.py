# unicode strings: lengths, indexing, case mapping, encoding, escapes, normalization-free ops
s = 'naïve café 日本語 🙂'
print(len(s), s[2], s[-1], s[11:14], s.upper(), s.title())
print(s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print([hex(ord(c)) for c in '🙂é'], '\N{GREEK SMALL LETTER ALPHA}' if False else '\u03b1', '\U0001F600')
print('ΑΒΓ'.lower(), 'straße'.upper(), 'ﬁ'.upper(), 'İstanbul'.lower(), len('İ'.lower()))
print('١٢٣'.isdigit(), int('١٢٣'), '½'.isnumeric(), '½'.isdigit(), 'Ⅻ'.isnumeric())
print(repr('tab\there'), repr('\u200b'), repr('é'), ascii('é'), repr('\x7f'), repr('\x80'))
print('éa'.center(6, '·'), 'x'.ljust(3, '€'), '日本'.rjust(4, '*'))
print(sorted('éaz'), 'é' > 'z', min('日本語'), max('abcé'))
print('a'.join('日本'), '日本語'[::-1], '🙂' * 3, '🙂' in s, s.find('日'))
print(s.split(), 'α,β'.split(','), 'ÀÉÎ'.casefold(), 'ÀÉÎ'.swapcase())
print('Ǆ'.lower(), 'ǆ'.title(), 'ß'.casefold(), 'ΣΑΣ'.lower())
print(str('é'.encode('latin-1'), 'latin-1'), bytes('€', 'utf-8'), 'a\u0301'.isalpha())
print('%s|%5s|%-5s|' % ('é', 'ü', 'ñ'), f'{"日本":>6}|', '{:^7}'.format('🙂'))
print(chr(0x1F600).encode('utf-16-le') if False else 'skip utf16', '\ud800'.encode('utf-8', 'surrogatepass') if False else 'skip')
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
print(' \t\n\x0b\x0c\r\x1c\u2028'.isspace(), '\u00a0'.isspace(), 'a\u2028b'.splitlines())
