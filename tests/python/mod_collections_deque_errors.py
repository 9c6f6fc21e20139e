# collections.deque: errors (empty pops, missing values, index range, maxlen, mutation)
from collections import deque
cases = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(99),
    lambda: deque([1]).index(5), lambda: deque([1])[10], lambda: deque([1], maxlen=-1),
    lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1])['x'], lambda: deque([1]) + [2],
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    hash(deque())
except TypeError:
    print('deque is unhashable')
