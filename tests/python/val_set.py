# set and frozenset (of ints, so iteration order is deterministic)
s = {3, 1, 2}
s.add(5); s.add(1)
print(s, len(s), 3 in s, 4 not in s)
s.discard(99); s.remove(5)
print(s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 10}))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}), {1} == {1})
c = set(range(5))
c -= {0}; c |= {10}; c &= {1, 2, 10}; c ^= {2, 3}
print(c)
f = frozenset([1, 2, 2])
print(f, type(f).__name__, hash(f) == hash(frozenset({2, 1})), {f: 'frozen key'}[frozenset({1, 2})])
print(set(), frozenset(), set('a'), repr(set()), {frozenset()})
print(sorted({5, -1, 3}), min({4, 2}), max({4, 2}), sum({1, 2, 3}))
p = {1, 2, 3}
print(p.pop(), p)
p.clear()
print(p, p.copy())
print(set([1, 1.0, True]), {0, False, 0.0})
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    f.add(3)
except AttributeError as e:
    print(e)
print({i * 7 % 11 for i in range(11)}, {x for x in range(100, 105)})
big = set(range(50))
big -= set(range(10, 45))
print(big)
print(frozenset({1}) | {2}, type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
us = {1, 2}
us.update([3], (4,))
us.intersection_update({1, 2, 3, 99})
print(us)
print({-1, -2, 8, 16, 32}, {2 ** 64, 1})
