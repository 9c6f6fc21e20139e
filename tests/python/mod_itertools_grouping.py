# itertools: groupby (including invalidated groups), accumulate, pairwise, tee
from itertools import groupby, accumulate, pairwise, tee
import operator
print([(k, list(g)) for k, g in groupby('aaabbcdd')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 5], key=lambda x: x % 2)])
gb = groupby('aabb')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), list(b), list(a), list(c))
print(tee([1], 0))
