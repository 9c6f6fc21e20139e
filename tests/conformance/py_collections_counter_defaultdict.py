# Counter (most_common, arithmetic, update, elements) and defaultdict (list/int factories, missing keys) with their reprs.
from collections import Counter, defaultdict, OrderedDict

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["z"], sum(c.values()))
c.update("aaz")
print(c.most_common(1), c["z"])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=2, b=1) & Counter(a=1, b=5), Counter(a=2) | Counter(a=1, b=1))
print(sorted(Counter(x=2, y=1).elements()), Counter({"x": 0, "y": -1}))
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd["zzz"], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
