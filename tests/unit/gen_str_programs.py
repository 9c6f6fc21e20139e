#!/usr/bin/env python3
"""Generates tests/unit/str_programs.inc: small programs exercising str through the interpreter,
with the stdout, stderr and exit code CPython 3.11 produces for them (run as main.py). The test
compares stdout, the exit code and the last line of stderr (the exception); the traceback above
it is the traceback printer's business.

Usage: python3 tests/unit/gen_str_programs.py > tests/unit/str_programs.inc
"""
import os
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

PROGRAMS = [
    # methods and operators, one per line
    "print('hello world'.title(), 'ABC'.lower(), 'x'.center(5, '*'), 'a,b,,c'.split(','))",
    "print(' '.join(reversed('a b c'.split())), 'abc'[::-1], 'abcdef'[1:5:2], 'hé'[1])",
    "s = 'The quick brown fox'\nprint(s.find('quick'), s.count('o'), s.replace('o', '0', 1), s.startswith(('A', 'T')))",
    "print(repr('it\\'s'), repr('tab\\t'), repr('\\x00\\u20ac\\U0001f600'), ascii('é€'))",
    "print('%s|%5d|%-6.2f|%x|%r' % ('a', 42, 3.14159, 255, 'q'))",
    "print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})",
    "print('{0}-{1}-{0}'.format('a', 'b'), '{:>8.3f}|{:^7}|{!r}'.format(2.5, 'mid', 'r'))",
    "x, w = 3.14159, 10\nprint(f'{x:.2f} {x!r:>{w}} {\"nested\"!s:*^12} {w=}')",
    "print(sorted(['banana', 'Apple', 'cherry', 'apple']), max('hello'), min('hello'))",
    "s = set()\nfor w in ['pear', 'apple', 'fig', 'kiwi', 'plum', 'date']:\n    s.add(w)\nprint(s, set(['x', 'yy', 'zzz', 'a', 'b', 'c', 'd']))",
    "print(set('abracadabra'), frozenset(['x', 'y', 'z']))",
    "d = {}\nfor w in 'the cat and the hat and the bat'.split():\n    d[w] = d.get(w, 0) + 1\nprint(d, sorted(d, key=d.get))",
    "print(hash('a'), hash(''), hash('é'), hash('€'), hash('😀'))",
    "print(len('😀é'), list('hé😀'), [ord(c) for c in 'aé€'], chr(8364))",
    "print('ǆungla'.title(), 'ß'.upper(), 'ΑΣ'.lower(), 'İ'.lower().encode())",
    "print('abc'.encode(), 'é'.encode('utf-8'), 'é'.encode('latin-1'), b'caf\\xc3\\xa9'.decode())",
    "print(str(b'\\xff', 'utf-8', 'replace'), str(b'abc'), str(), str(12), str(None))",
    "print('a\\tb'.expandtabs(4), '42'.zfill(5), '-3'.zfill(4), 'x'.ljust(3, '.') + '|')",
    "print('  pad  '.strip(), '--x--'.strip('-'), 'line1\\nline2\\r\\nline3'.splitlines())",
    "print('a.b.c'.rpartition('.'), 'key=value=x'.partition('='), 'abc'.removeprefix('a'))",
    "t = str.maketrans('abc', 'xyz', 'd')\nprint('abcd'.translate(t), t)",
    "print('Hello'.swapcase(), 'hello world'.capitalize(), 'A1'.isupper(), '½'.isnumeric())",
    "print('snake_case_name'.split('_'), '_'.join(['a', 'b']), 'abc' * 3, 2 * 'xy')",
    "print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z', '' < 'a', 'a' == 'a', 'a' != 'b')",
    "print('in' in 'string', 'x' not in 'abc', 'abc'.index('c'), 'abc'.rfind('z'))",
    "s = ''\nfor i in range(10):\n    s += str(i)\nprint(s, len(s))",
    "parts = []\nfor i in range(5):\n    parts.append(f'{i:02d}')\nprint(':'.join(parts))",
    "print('{:,}'.format(1234567), '{:_}'.format(1234567), '{:08.3f}'.format(-3.5), '{:+}'.format(5))",
    "print(format('abc', '>6'), format('abc', '^7'), format(255, 'x'), format(0.5, '%'))",
    "print('x'.isidentifier(), '1x'.isidentifier(), 'é'.isalpha(), ' \\t'.isspace(), ''.isspace())",
    "print(str.upper('abc'), str.join(',', 'abc'), str.__len__('abcd'), 'ab'.__add__('c'))",
    # subclasses and user hooks
    "class S(str):\n    def shout(self):\n        return self.upper() + '!'\ns = S('hi')\nprint(s.shout(), type(s).__name__, type(s + 'x').__name__, s == 'hi', isinstance(s, str))",
    "class S(str):\n    def __str__(self):\n        return 'custom'\nprint(str(S('x')), S('x'), '%s' % S('x'), f'{S(\"x\")}', repr(S('x')))",
    "class P:\n    def __format__(self, spec):\n        return f'P<{spec}>'\n    def __repr__(self):\n        return 'P()'\nprint(f'{P():abc}', '{:xyz}'.format(P()), format(P(), ''), '%r' % P(), '{!r}'.format(P()))",
    "class U(str):\n    def __new__(cls, v):\n        return super().__new__(cls, v.upper())\nu = U('abc')\nprint(u, len(u), u.lower(), type(u).__name__)",
    "class Key(str):\n    pass\nd = {Key('a'): 1, 'b': 2}\nprint(d['a'], Key('b') in d, hash(Key('z')) == hash('z'))",
    "class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\np = Point(1, 2)\nprint('{0.x},{0.y}'.format(p), '{p.x}'.format(p=p), '{[1]}'.format([5, 6]))",
    "print('{a[k]} {b[0]}'.format(a={'k': 'v'}, b='xyz'), '{}{{}}'.format(1), '{0!a}'.format('é'))",
    "import sys\nprint('abc'.__sizeof__() > 0, sys.getsizeof('') > 0)",
    "words = 'the quick brown fox jumps over the lazy dog'.split()\nprint(sorted(set(words)), {w: len(w) for w in words})",
    "print(', '.join(f'{k}={v!r}' for k, v in sorted({'b': 'x', 'a': 1}.items())))",
    "print(list(map(str.strip, [' a ', 'b  '])), list(filter(str.isdigit, ['1', 'x', '22'])))",
    "it = iter('ab')\nprint(next(it), next(it), next(it, 'done'), list(enumerate('xy')), list(zip('ab', 'cd')))",
    "print('abc'.startswith('b', 1), 'abc'.endswith(('x', 'c')), 'mississippi'.count('ss'), 'aaa'.replace('a', 'b', 2))",
    "print('%c%c%c' % (72, 'i', 33), '%5s|%-5s|' % ('ab', 'cd'), '%.3s' % 'abcdef', '%%')",
    "print('%e|%g|%G|%.0f|%#x|%o' % (12345.678, 0.0001, 1e-10, 2.5, 255, 8))",
    "print(int('42'), float('1.5'), int(' 7 '), '3' + str(4), str(1.0), str(10**20), repr(1e16))",
    "print('a b c'.split(None, 1), ' a b '.rsplit(None, 1), 'a,b'.split(',', 0), ''.split(), ''.split(','))",
    "print('\\u00e9' == 'é', len('\\N{EURO SIGN}'), '\\x41\\102\\u0043')",
    # errors (tracebacks on stderr)
    "print('a' + 1)",
    "print('abc'[5])",
    "print('abc'.index('z'))",
    "print('%d' % 'x')",
    "print('{}{}'.format(1))",
    "print('{0}{}'.format(1, 2))",
    "print(','.join(['a', 2]))",
    "print('é'.encode('ascii'))",
    "print(b'\\xff'.decode('utf-8'))",
    "print(int('abc'))",
    "s = 'abc'\ns[0] = 'x'",
    "print('a' < 1)",
    "print('abc'.split(''))",
    "print('%s %s' % ('a',))",
    "print('x'.center(5, 'ab'))",
    "try:\n    'a'.foo\nexcept AttributeError as e:\n    print(e)",
    "try:\n    '{:d}'.format('x')\nexcept ValueError as e:\n    print('ValueError:', e)",
    "try:\n    'abc'.encode('nope')\nexcept LookupError as e:\n    print(type(e).__name__, e)",
    "try:\n    str(b'a\\xe2\\x82x', 'utf-8')\nexcept UnicodeDecodeError as e:\n    print(e)",
]


def run(src):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "main.py"), "w") as f:
            f.write(src)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        p = subprocess.run([sys.executable, "main.py"], cwd=d, capture_output=True, env=env)
        # CPython names the script by its absolute path; LoopScope runs it as "main.py".
        err = p.stderr.replace(os.path.join(d, "main.py").encode(), b"main.py")
        return p.stdout, err, p.returncode


def cpp_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif 32 <= x < 127 and c != "?":
            out.append(c)
        else:
            out.append("\\%03o" % x)
    return '"' + "".join(out) + '"'


def main():
    print("// Generated by tests/unit/gen_str_programs.py from CPython %s. Do not edit." % sys.version.split()[0])
    print("// {source, stdout, stderr, exit code}")
    for src in PROGRAMS:
        out, err, code = run(src)
        print("{%s,\n %s,\n %s, %d}," % (cpp_bytes(src.encode()), cpp_bytes(out), cpp_bytes(err), code))


main()
