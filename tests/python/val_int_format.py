# integer formatting in every spelling
n = 1234567
print(str(n), repr(n), f'{n}', '%d' % n, '%i' % n, '{}'.format(n), format(n))
print(f'{n:,}', f'{n:_}', f'{n:_x}', f'{n:010}', f'{n:>12}', f'{n:<12}|', f'{n:^12}|', f'{-n:+,}')
print(f'{255:#b}', f'{255:#o}', f'{255:#x}', f'{255:#X}', f'{255:08b}', f'{-255:x}', f'{255:c}' if False else '')
print('%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#o' % (42, 42, 42, 42, 42, 255, 255, 8, 8))
print(f'{n:e}', f'{n:.2e}', f'{n:f}', f'{n:.1f}', f'{n:g}', f'{n:%}', f'{n:n}')
print(f'{0:b}', f'{-0:d}', f'{True:d}', f'{10**25:,}', f'{-(10**25):_}')
print('%s %r %a' % (n, n, n), '%c' % 65, '%.3d' % 7)
print(str(-0), int('-0'), f'{-1:03}', f'{1:+03}', f'{-12:=6}', f'{12:=+6}')
