# Functions CPython writes in C (heapq, operator, functools, bisect, itertools helpers) are
# builtin_function_or_method objects: stored as class attributes they are not bound to instances.
import bisect
import copy
import functools
import heapq
import operator
import pickle


class Ops:
    add = operator.add
    push = heapq.heappush
    pop = heapq.heappop
    fold = functools.reduce
    find = bisect.bisect_left


o = Ops()
print(o.add(1, 2), Ops.add(3, 4))
h = []
for x in (5, 1, 3):
    o.push(h, x)
print(h, o.pop(h))
print(o.fold(operator.mul, [1, 2, 3, 4]))
print(o.find([1, 3, 5], 4))
print(type(heapq.heappush).__name__, type(operator.add).__name__, type(functools.reduce).__name__)
print(heapq.heappush, operator.itemgetter(1))
print(hasattr(operator.add, '__get__'), callable(operator.add))
print(copy.copy(heapq.heappush) is heapq.heappush, copy.deepcopy([operator.add])[0] is operator.add)
print(pickle.loads(pickle.dumps(operator.add)) is operator.add)
print(operator.add.__reduce__())


class Sorter:
    key = operator.itemgetter(1)
    neg = staticmethod(operator.neg)

    def run(self, rows):
        return sorted(rows, key=self.key)


print(Sorter().run([(1, 'b'), (2, 'a')]), Sorter().neg(3))
try:
    o.add(1, 2, 3)
except TypeError as e:
    print('TypeError')

import inspect
print(inspect.isbuiltin(operator.add), inspect.isroutine(heapq.heappush), inspect.isfunction(functools.reduce))
