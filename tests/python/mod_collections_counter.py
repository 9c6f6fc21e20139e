# collections.Counter: counting, most_common, update/subtract, arithmetic and repr
from collections import Counter
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c, sorted(c.elements())[:5])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), -Counter(a=-2, b=1), +Counter(a=-1, b=2))
print(Counter(), Counter({'x': 0}) == Counter(), Counter([1, 1, 2]), Counter(a=1) <= Counter(a=2))
words = 'one two three two three three'.split()
print(Counter(words).most_common(), Counter(words).most_common(1))
x = Counter(a=1); x += Counter(a=2, b=-1); print(x); del x['nope']; print(x)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
