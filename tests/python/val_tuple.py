# tuples: packing, indexing, methods, comparison, hashing, immutability
t = (1, 'two', 3.0, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print((), (1,), tuple(), tuple('abc'), tuple([1, 2]), 1, (1))
print(t.count(1), t.index('two'), 'two' in t, t + (6,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, 2) == (1, 2), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), hash(()), {(1, 2): 'ok'}[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash(([],))
except TypeError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
try:
    ()[0]
except IndexError as e:
    print(e)
a, b, *c = t
print(a, b, c)
nested = ((1, 2), (3, 4))
print([x + y for x, y in nested], dict(nested))
mut = ([1], 2)
mut[0].append(3)
print(mut)
try:
    mut[0] += [4]
except TypeError as e:
    print(e, mut)
print(repr((1,)), str(('a',)), repr(('a', "b'")), tuple.__name__)
print(max((3, 1), (2, 9)), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(hash((1, 2, 3)), hash((-1,)), hash(('',)) == hash(('',)))
