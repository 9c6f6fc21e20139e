# assignment targets: names, chained, attributes, subscripts, slices
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
class Box:
    pass
box = Box()
box.value = 10
box.value += 5
print(box.value)
lst = [0] * 5
lst[0] = 'first'
lst[-1] = 'last'
lst[1:3] = ['a', 'b', 'c']
print(lst)
d = {}
d['k'] = 1
d['k'] += 10
d[1, 2] = 'tuple key'
print(d)
lst[::2] = [9, 9, 9]
print(lst)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = 'st'
print(s, t)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
m = n = []
m.append(1)
print(n, m is n)
