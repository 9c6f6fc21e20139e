# set operations on ints (whose iteration order is deterministic): union, intersection, difference, subset tests, frozenset reprs.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.issubset(a | b), b <= a, {3} < b)
s = set()
print(s, repr(s), set([3, 1, 2]), frozenset({2, 1}), frozenset())
s.add(5)
s.update([1, 3])
s.discard(100)
print(s, len(s), 3 in s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s, reverse=True), s.pop(), s)
print({x % 3 for x in range(10)}, set(range(5)) - {0})
print({frozenset({1}): "ok"}, hash(frozenset()) == hash(frozenset()))
print(a.isdisjoint({7}), {1, 2} == {2, 1}, {1, True, 1.0})
