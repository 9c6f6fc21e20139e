# iterator protocol: __iter__/__next__, iter(callable, sentinel), exhaustion
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), next(iter(Count(1))))
for v in Count(2):
    print('for', v)
print(sum(Count(10)), max(Count(4)), sorted(Count(3), reverse=True), tuple(Count(2)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
class IterReturnsNonIter:
    def __iter__(self):
        return 5
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
vals = [3, 2, 1, 0, 5]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for f in Fib():
    if f > 50:
        break
    out.append(f)
print(out)
it = iter('abc')
print(type(it).__name__, list(it), type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)
print(type(iter({})).__name__, type(iter({1})).__name__, type(iter({}.items())).__name__)
class Stop:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('value ignored')
print(list(Stop()))
class Raises:
    def __iter__(self): return self
    def __next__(self): raise ValueError('inside next')
try:
    list(Raises())
except ValueError as e:
    print(e)
li = iter([1, 2, 3])
next(li)
print(list(li), list(li))
print(list(zip(Count(3), 'ab')))
