# common str methods
s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print(s.lower(), s.upper(), 'hello world'.title(), 'hELLO'.swapcase(), 'hello'.capitalize())
print('a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3'.splitlines(), 'x\ny\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(map(str, range(5))))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'b', -1))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'))
print('hello'.startswith('he'), 'hello'.endswith(('x', 'lo')), 'hello'.startswith('l', 2))
print('abc'.center(9, '*'), 'abc'.ljust(6) + '|', 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(5))
print('123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '   '.isspace(), 'ABC'.isupper(), 'abc'.islower())
print('Hello World'.istitle(), 'id_1'.isidentifier(), '1x'.isidentifier(), '٣'.isdecimal())
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.partition('x'))
print('tab\there'.expandtabs(4), 'prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'))
print('hello'[1:4], 'hello'[::-1], 'hello'[-3:], 'hello'[10:], 'hello'[::2])
print('ab' * 3, 'a' + 'b', 'x' in 'xyz', 'xy' not in 'xyz', len('héllo'), 'é'.encode())
print(ord('A'), chr(9731), 'ß'.upper(), 'İ'.lower().encode(), 'ǅ'.title())
print('%s and %r' % ('str', 'repr'), 'abc'.encode('utf-8'), str(b'bytes', 'ascii'))
print('a\tb\nc'.split(), 'one two'.split(' '), ''.split(','), ''.split())
print('Mississippi'.count('ss'), 'abcabc'.index('c', 3), 'hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans('ab', 'xy'), 'aabb'.translate(str.maketrans('ab', 'xy')))
print(sorted(['banana', 'Apple', 'cherry']), sorted(['banana', 'Apple', 'cherry'], key=str.lower))
print('abc' < 'abd', 'Z' < 'a', 'abc' == 'abc', max('hello'), min('hello'))
try:
    'abc'.index('z')
except ValueError as e:
    print(e)
try:
    'abc'[5]
except IndexError as e:
    print(e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    ''.join([1, 2])
except TypeError as e:
    print(e)
print('casefold ẞ'.casefold(), 'a'.join('xyz'), ' '.join(['x']))
print(str(123), str(None), str([1, 'a']), repr('quote\'s'), repr("d\"q"), repr('\n\t\\'))
print('x'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1))
