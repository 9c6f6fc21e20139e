# heapq (the timer heap algorithm asyncio uses): heappush/heappop order with ties, heapify layout, nsmallest; bisect insertion points.
import bisect
import heapq

h = []
for when, name in [(2, "a"), (1, "b"), (2, "c"), (0, "d"), (2, "e"), (1, "f")]:
    heapq.heappush(h, (when, name))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [5, 3, 8, 1, 9, 2, 7]
heapq.heapify(data)
print(data, heapq.nsmallest(3, data), heapq.nlargest(2, data))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 10), bisect.bisect_left(xs, 0))
bisect.insort(xs, 4)
print(xs)
