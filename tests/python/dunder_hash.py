# __hash__ and __eq__ interplay, unhashable types, hash of builtins
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {Key(1): 'one'}
print(d[Key(1)], Key(1) in d, Key(2) in d, len({Key(1), Key(1)}))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class Inherit(Key):
    pass
print(hash(Inherit(5)) == hash(5))
class Plain: pass
p = Plain()
print(hash(p) == hash(p), isinstance(hash(p), int))
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
print(hash(1) == hash(1.0), hash(0) == hash(False), hash('') == hash(''), hash(None) == hash(None))
print(hash(-1), hash(2 ** 61 - 2), hash(1.5), hash((1, 'a')) == hash((1, 'a')))
class Counted:
    calls = 0
    def __hash__(self):
        Counted.calls += 1
        return 1
c = Counted()
s = {c}
s.add(c)
print(c in s, Counted.calls)
