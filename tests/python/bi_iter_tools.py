# enumerate, zip, map, filter, reversed, sorted, iter, next
print(list(enumerate('abc')), list(enumerate('ab', start=10)), list(enumerate([], 1)))
print(list(zip('abc', range(5))), list(zip()), list(zip([1, 2], [3, 4], [5, 6])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
print(list(map(str.upper, ['a', 'b'])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, '', 'x', [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted('cba'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}))
print(sorted(['aa', 'b', 'ccc'], key=len, reverse=True), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
data = [('x', 2), ('y', 1), ('z', 2)]
print(sorted(data, key=lambda t: t[1]))
e = enumerate('xy')
print(next(e), next(e), next(e, 'end'))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
z = zip('ab', 'cd')
print(type(z).__name__, list(z), list(z))
f = filter(None, [1, 0])
print(type(f).__name__, list(f))
r = reversed([1, 2])
print(type(r).__name__, list(r))
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
print(list(zip(*[(1, 'a'), (2, 'b')])))
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]], list(map(len, words)))
print(dict(zip(words, map(len, words))))
it = iter(range(3))
print(list(zip(it, it)))
print(sorted([-3, 1, -2], key=abs), sorted(['B', 'a', 'C'], key=str.casefold))
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print(e)
