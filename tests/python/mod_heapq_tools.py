# heapq: merge (with key/reverse), nlargest/nsmallest (ties kept in input order)
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['a', 'bb'], ['c', 'dddd'], key=len)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1])))
nums = [5, 1, 8, 3, 9, 2, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(10, nums))
people = [('ann', 30), ('bob', 25), ('cid', 30), ('dan', 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]))
