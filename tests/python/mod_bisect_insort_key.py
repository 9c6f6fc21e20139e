# bisect: insort variants and key= (3.10+)
import bisect
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, x)
print(l)
bisect.insort_left(l, 4); bisect.insort_right(l, 4.0); print(l)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
words = ['apple', 'fig', 'banana']
words.sort(key=len); bisect.insort(words, 'kiwi', key=len); print(words)
