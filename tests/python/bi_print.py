# print: sep, end, file, flush, multiple args, non-str objects
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' -> ', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2.5, None, True, [1], (2,), {3: 4}, sep='|')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5), sep=', ')
print('x', end=None)
print('y', sep=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('into', 'writer', file=w)
print(w.parts)
print(file=None)
try:
    print('x', sep=1)
except TypeError as e:
    print(e)
try:
    print('x', end=2)
except TypeError as e:
    print(e)
try:
    print('x', file=5)
except AttributeError as e:
    print(e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(e)
print('unicode: é ✓ 日本', '\u00e9')
sys.stdout.write('write returns %d\n' % sys.stdout.write(''))
