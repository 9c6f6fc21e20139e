# collections.deque: appends/pops on both ends, maxlen dropping, rotate, extendleft order, indexing and repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], len(d), 7 in d)
bounded = deque(maxlen=3)
for i in range(5):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft(-1)
print(bounded)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque(["a", "b", "c"]), list(reversed(deque([1, 2, 3]))), deque(), d.count(7), d.index(8))
d.clear()
print(d)
