# copy: shallow vs deep copies of containers and instances
import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
s[1].append('s'); d[2]['k'].append('d')
print(a, s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1], copy.deepcopy((1, 2)) is not None)
class P:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
p = P(1, ['a'])
p2 = copy.copy(p); p3 = copy.deepcopy(p)
p2.tags.append('b'); p3.tags.append('c')
print(p.tags, p2.tags, p3.tags, p2.x, type(p3).__name__)
print(copy.copy({1, 2}) == {1, 2}, copy.deepcopy({'a': (1, [2])}), copy.copy('str'), copy.deepcopy(5))
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
s1 = copy.deepcopy(S()); print(s1.a, s1.b)
