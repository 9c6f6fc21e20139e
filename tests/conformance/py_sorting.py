# Sorting with key functions, reverse, stability, multi-key tuples, operator.itemgetter/attrgetter and str.lower.
import operator
from collections import namedtuple

P = namedtuple("P", "name age city")
people = [P("ann", 31, "Oslo"), P("Bob", 25, "Rome"), P("cid", 31, "Bonn"), P("Dee", 25, "Oslo")]
print([p.name for p in sorted(people, key=operator.attrgetter("age"))])
print([p.name for p in sorted(people, key=lambda p: (-p.age, p.name.lower()))])
print([p.name for p in sorted(people, key=operator.attrgetter("city", "name"))])
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=operator.itemgetter(0), reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(set(words), key=lambda w: (len(w), w)))
nums = [3, -1, 2, -5, 4]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: (n % 2, n)))
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data, key=data.get), sorted(data.items(), key=lambda kv: -kv[1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
