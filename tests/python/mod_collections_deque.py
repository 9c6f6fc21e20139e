# collections.deque: both ends, maxlen, rotate, indexing and the repr
from collections import deque
d = deque([1, 2, 3], maxlen=3); print(d); d.append(4); print(d, d.maxlen); d.appendleft(0); print(d)
d = deque(); d.extend('abc'); d.rotate(1); print(d); d.rotate(-2); print(d, len(d), d[0], d[-1], 'a' in d)
print(d.pop(), d.popleft(), d); d.extendleft('xy'); print(d, list(reversed(d)))
d = deque(range(5)); d.remove(2); print(d, d.index(3), d.count(1)); d.insert(1, 'i'); del d[0]
print(d, d == deque(['i', 1, 3, 4]), d * 2, d + deque([9]), d[1], bool(deque()), deque('ab') < deque('b'))
q = deque(maxlen=2)
for i in range(5):
    q.append(i)
print(q, deque([], maxlen=0), deque('ab').copy(), deque(range(3)).reverse())
big = deque()
for i in range(1000):
    big.appendleft(i)
for i in range(990):
    big.pop()
print(big, len(big))
d2 = deque([1, 2]); d2[0] = 'a'; d2 += [3]; print(d2, d2.maxlen)
r = deque(); r.append(r); print(r)
