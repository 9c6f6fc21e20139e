# __eq__ used by list.index/count/remove, in, dict keys with equal hashes
class Loose:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return getattr(o, 'v', o) == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'L{self.v}'
items = [Loose(1), Loose(2), Loose(1)]
print(items.index(2), items.count(1), Loose(2) in items, 2 in items)
items.remove(1)
print(items)
d = {Loose(1): 'one'}
print(d[1], d.get(Loose(1)), 1 in d)
s = {1, 2}
print(Loose(1) in s, {Loose(1), 1})
print((1, Loose(2)) == (1, 2), [Loose(3)] == [3])
class Identity:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
x = Identity()
print(x in [x], [x].count(x), [x] == [x], (x,) == (x,), {x: 1}[x])
