# a million short-lived objects and cycles: the heap is reclaimed as the program runs
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
total = 0
for i in range(300000):
    n = Node(i)
    total += n.v
print(total)
for i in range(100000):
    a = Node(1)
    b = Node(2)
    a.other = b
    b.other = a
print('cycles made')
big = [[i] for i in range(100000)]
print(len(big), big[-1])
del big
s = 0
for i in range(200000):
    t = (i, str(i), [i])
    s += len(t[1])
print(s)
d = {}
for i in range(50000):
    d[i % 100] = [i] * 3
print(len(d), d[99])
