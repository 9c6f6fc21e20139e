# None, bool, truthiness, and/or/not
print(None, repr(None), type(None).__name__, None is None, None == None)
print(True + True, True * 10, False - 1, True / 2, int(True), str(False))
print(bool(0), bool(1), bool(''), bool('x'), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(-0.0))
print(True and 'yes', False and 'no', 0 or 'fallback', 'first' or 'second', not 0, not 'x')
print(None or [] or 0 or '' or 'last')
print(1 and 2 and 3, 1 and 0 and 3)
print(isinstance(True, int), issubclass(bool, int), True == 1, hash(True), hash(False))
print(True & False, True | False, True ^ True, ~True, -True)
print(type(True & False).__name__, type(True + False).__name__)
class Falsy:
    def __bool__(self): return False
class Lenny:
    def __len__(self): return 0
print(bool(Falsy()), bool(Lenny()), not Falsy(), bool(object()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
try:
    bool.__new__(bool, 1)
    class B(bool): pass
except TypeError as e:
    print(e)
print(sorted([True, False, True]), max(False, True), sum([True] * 5))
print(repr(True), f'{True}', '%s %d' % (True, True), format(True, '>6'))
print(None.__class__, NotImplemented, Ellipsis, ...)
print(type(NotImplemented).__name__, type(...).__name__)
x = None
print('x is None' if x is None else 'not none')
print([] is not None, (1, 2) != (1, 2))
