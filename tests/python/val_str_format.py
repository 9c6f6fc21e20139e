# str.format and % formatting
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0!r} {0!s} {0!a}'.format('é'), '{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:*^11}'.format('mid'), '{:08.3f}'.format(3.14159), '{:+d} {:+d}'.format(5, -5))
print('{:,}'.format(1234567), '{:_}'.format(1234567), '{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(*[255] * 7))
print('{:.3}'.format('abcdef'), '{:10.3}|'.format('abcdef'), '{:e}'.format(0.000123))
print('{0[0]} {0[1]} {1[key]} {2.real}'.format([1, 2], {'key': 'v'}, 3))
print('{{literal}} {}'.format('x'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{:%}'.format(0.125), '{:.1%}'.format(0.5), '{:g}'.format(1e20), '{:n}'.format(1234))
print('{:c}'.format(65), '{:5d}|{:<5d}|{:^5d}|'.format(1, 2, 3), '{:=+8d}'.format(42))
print('%s %s' % ('a', 'b'), '%5s|%-5s|' % ('x', 'y'), '%d%%' % 50, '%(name)s=%(v)d' % {'name': 'n', 'v': 3})
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8), '%c%c' % (72, 'i'), '%r' % 'r', '%a' % 'é')
print('%5.2f|%-8.3e|%+d|% d' % (3.14159, 1234.5, 3, 3), '%.2s' % 'abcdef', '%*d' % (5, 42))
print('%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print('{:abc}'.format(F()), format(F(), 'xyz'), f'{F():spec}')
for bad in [lambda: '{}'.format(), lambda: '{0} {}'.format(1, 2), lambda: '%d' % 'x',
            lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '{:d}'.format('x'),
            lambda: '{:z}'.format(1), lambda: '{'.format(), lambda: '%z' % 1, lambda: '{x}'.format()]:
    try:
        bad()
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(format(42), format(42, 'b'), format('s', '>3'), format(3.5, '.0f'), format(-0.0, '+'))
print('{:>{}}'.format('x', 4), '{!r:>6}'.format('a'), '{0:{1}}'.format(5, '03'))
