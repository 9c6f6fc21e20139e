# list.sort and sorted: stability, key, reverse stability, errors during comparison
records = [('bob', 3), ('alice', 1), ('carol', 3), ('dave', 2), ('eve', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
l = list(range(20, 0, -3))
l.sort()
print(l)
words = 'the Quick brown fox Jumps over The lazy dog'.split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -2, 3, -8, 0]
nums.sort(key=abs, reverse=True)
print(nums)
class Item:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f'I{self.n}'
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(5)]))
try:
    [3, None, 1].sort()
except TypeError as e:
    print(e)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-3:], sorted(big) == sorted(big, key=lambda v: v))
data = [3, 1, 2]
r = data.sort()
print(r, data)
try:
    l2 = [1, 2, 3]
    l2.sort(key=lambda v: l2.append(v))
except ValueError as e:
    print(e)
print(sorted([1.5, 1, True, 0.5]), sorted(['b', 'a'], reverse=True))
