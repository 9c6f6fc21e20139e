# Module-level functions CPython writes in C read as builtins: '<built-in function add>', also
# inside a partial's repr; functions CPython writes in Python keep '<function ...>'.
import operator, functools, heapq, bisect, decimal, json

print(operator.add, operator.itemgetter(1), functools.reduce, heapq.heappush, bisect.bisect_left, decimal.getcontext)
print(functools.partial(operator.mul, 2), functools.cmp_to_key)
print(repr(json.dumps).split(" at ")[0], repr(functools.wraps).split(" at ")[0])
print(sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)), list(map(operator.neg, [1, 2])))
