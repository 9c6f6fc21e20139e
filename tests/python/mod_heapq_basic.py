# heapq: CPython's exact heap layout after pushes, pops, heapify and replace operations
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 5]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
heapq.heapify(pairs); print([heapq.heappop(pairs) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print('TypeError', e)
