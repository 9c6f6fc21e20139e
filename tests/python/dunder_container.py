# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__
class Grid:
    def __init__(self):
        self.cells = {}
    def __len__(self): return len(self.cells)
    def __getitem__(self, key):
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]
    def __setitem__(self, key, v):
        print('set', key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __iter__(self):
        return iter(sorted(self.cells))
g = Grid()
g[0, 1] = 'a'
g[2, 2] = 'b'
print(len(g), g[0, 1], (0, 1) in g, (5, 5) in g, list(g), bool(g))
del g[0, 1]
try:
    g[9, 9]
except KeyError as e:
    print('KeyError', e)
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq(), [x for x in OldSeq()])
a, b, c = OldSeq()
print(a, b, c)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return 'abc'[i]
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rev())), list(Rev()))
class SeqRev:
    def __len__(self): return 2
    def __getitem__(self, i): return ['p', 'q'][i]
print(list(reversed(SeqRev())))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    five = 5
    five[0]
except TypeError as e:
    print(e)
try:
    object()[0] = 1
except TypeError as e:
    print(e)
try:
    del object()[0]
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
class Slicer:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step) if isinstance(s, slice) else s
print(Slicer()[1:5], Slicer()[::2], Slicer()['k'])
class ClassGetItem:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
print(ClassGetItem[int])
print(list[int], dict[str, int])
