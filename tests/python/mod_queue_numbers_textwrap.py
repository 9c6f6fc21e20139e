# queue (single thread), numbers ABCs and textwrap dedent/indent/wrap/fill/shorten
import queue
import numbers
import textwrap
from fractions import Fraction
q = queue.Queue(maxsize=2); q.put(1); q.put_nowait(2)
print(q.qsize(), q.full(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
q.put(1); q.put(2)
try:
    q.put(3, block=False)
except queue.Full:
    print('Full')
pq = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get(), lq.get())
print(isinstance(3, numbers.Integral), isinstance(3.5, numbers.Real), isinstance(3.5, numbers.Integral), isinstance(Fraction(1, 2), numbers.Rational), isinstance(True, numbers.Number), isinstance('x', numbers.Number))
s = '''
    def f():
        return 1
'''
print(repr(textwrap.dedent(s)), repr(textwrap.indent('a\n\nb\n', '> ')))
text = 'The quick brown fox jumps over the lazy dog and keeps running far away into the woods'
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.wrap('supercalifragilistic', 8))
