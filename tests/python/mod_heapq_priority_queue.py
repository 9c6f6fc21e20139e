# heapq: a task queue with priorities and an entry counter, as asyncio programs build them
import heapq
import itertools
pq = []
counter = itertools.count()
def add(task, priority):
    heapq.heappush(pq, (priority, next(counter), task))
for name, pr in [('write', 3), ('read', 1), ('sleep', 3), ('eat', 2), ('code', 1)]:
    add(name, pr)
order = []
while pq:
    pr, n, task = heapq.heappop(pq)
    order.append((pr, task))
print(order)
timers = [(1.5, 'a'), (0.5, 'b'), (1.5, 'c'), (0.1, 'd')]
heap = []
for t in timers:
    heapq.heappush(heap, t)
print([heapq.heappop(heap)[1] for _ in range(len(heap))])
