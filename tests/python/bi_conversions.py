# str, repr, int, float, bool, list, tuple, dict, set, frozenset constructors
print(str(), str(5), str(1.5), str([1, 'a']), str(b'x'), str(None), repr('a\nb'), repr(1.0))
print(int(), int(7.9), int('  -3 '), int('ff', 16), int(b'12'), float(), float(3), float('1e3'), bool(), bool([0]))
print(list(), list('ab'), tuple(), tuple([1]), dict(), dict(a=1), dict({'b': 2}, c=3), set(), frozenset('aa'))
print(list(range(3)), list({'x': 1}.items()), tuple(x for x in 'xy'), dict(enumerate('ab')))
print(type(int('5')), type(float('5')), type(str(5)))
print(ascii('héllo'), ascii([1, 'ü']), repr('\x00\x7f\u200b'), repr('ü'), ascii('\U0001f600'))
class I:
    def __index__(self): return 4
print(int(I()) if hasattr(I, '__int__') else 'no __int__', bin(I()))
print(int('0'), int('-0'), int('+5'), int('0o7', 0), int('0x_f', 16) if False else int('1_2'))
print(float('  nan  '), float('+inf'), float('1_000.5'), float('.5'), float('5.'))
print(str(1e-300 * 1e-300), str(-1e300 * 1e300), repr(float('-nan')))
print(bool('False'), bool(' '), bool(range(0)))
print(list(map(int, '123')), [str(x) for x in (1, 2.0, 'x')])
print(dict.fromkeys([1, 2]), dict(zip('ab', 'cd')), dict([('k', 'v')], k2='v2'))
