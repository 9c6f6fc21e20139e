# re: re.error messages with positions, character classes, verbose mode, flags and caching
import re
for pat in ['(', 'a)', '[a', '*a', 'a**', r'\q', '(?P<1>x)', '(?P<n>a)(?P<n>b)', r'(a)\2', '[z-a]', 'a{3,1}', '(?<=a+)b', '(?z)', r'\x1']:
    try:
        re.compile(pat)
        print(pat, 'ok')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos)
print(re.findall(r'[\d\s]+', 'ab 12 3c'), re.findall(r'[^aeiou\W]+', 'hello world'), re.findall(r'[a-cx-z]', 'abcdxyz'), re.findall(r'[-.]', 'a-b.c'))
print(re.findall(r'\w+', 'héllo wörld 42'), re.findall(r'\w+', 'héllo', re.A), re.findall(r'\d', '٣4'), re.findall(r'\s', 'a\tb\u00a0c'))
v = re.compile(r'''
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', re.VERBOSE)
print(v.match('555-1234').groups(), v.match('555 1234').groups())
print(re.match(r'(?i:ab)c', 'ABc'), re.match(r'(?i:ab)c', 'ABC'), re.findall(r'(?s).', 'a\nb'), re.search(r'(?m)^x', 'a\nx').span())
print(re.compile('a') is re.compile('a'), re.match(re.compile('b'), 'b').group())
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
try:
    re.match('a', 5)
except TypeError as e:
    print(e)
try:
    re.match(r'(a)', 'a').group(3)
except IndexError as e:
    print(e)
print(re.match(r'(?P<x>a)', 'a').expand(r'[\g<x>\1]'), re.fullmatch(r'a|ab', 'ab'), re.match(r'(?>a+)a', 'aaa') if hasattr(re, 'NOFLAG') else None)
