# itertools: count, cycle, repeat with their reprs and state
from itertools import count, cycle, repeat, islice
c = count(5)
print(c, next(c), next(c), c)
print(count(1.5, 0.5), count(0, 1), count(5, 2), count(2, -1), count(10**20))
print(list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 3)))
r = repeat('a', 3)
print(r, list(r), r, repeat(5), list(repeat(None, 0)), list(repeat(1, -2)))
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(zip(count(), 'xyz')))
cy = cycle(iter([1, 2])); print([next(cy) for _ in range(5)])
print(type(count()), count.__module__, type(repeat(1)).__name__)
