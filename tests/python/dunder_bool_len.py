# truth testing order: __bool__ then __len__, errors from both
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('__bool__ called')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('__len__ called')
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B(False)), bool(L(0)), bool(L(2)), bool(Both()))
if B(True):
    print('if uses __bool__')
while L(0):
    pass
print(not L(1), B(False) or 'or-fallback', L(3) and 'and-result')
print([x for x in [L(0), L(1)] if x].__len__())
class Huge:
    def __len__(self): return 2 ** 70
try:
    bool(Huge())
except OverflowError as e:
    print(e)
class Neg:
    def __len__(self): return -5
try:
    bool(Neg())
except ValueError as e:
    print(e)
class BoolRaises:
    def __bool__(self): raise RuntimeError('no truth')
try:
    if BoolRaises():
        pass
except RuntimeError as e:
    print(e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(e)
