# operator: itemgetter, attrgetter, methodcaller with their reprs
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(('x', 'y', 'z')), itemgetter('k')({'k': 5}))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('x'), attrgetter('a.b', 'c'), methodcaller('split', ',', maxsplit=1))
P = namedtuple('P', 'x y')
print(attrgetter('x')(P(1, 2)), attrgetter('x', 'y')(P(3, 4)), attrgetter('real.numerator')(5))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(list(map(itemgetter(slice(1, 3)), ['abcd', 'wxyz'])))
try:
    attrgetter(1)
except TypeError as e:
    print(e)
