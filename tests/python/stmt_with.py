# with statement: __enter__/__exit__, exception suppression, multiple managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
with CM('x') as x, CM('y') as y:
    print(x, y)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with 42:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError('enter failed')
    def __exit__(self, *a): print('exit not called')
try:
    with EnterRaises():
        print('no body')
except OSError as e:
    print(e)
with CM('p') as (a):
    pass
class Tup:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Tup() as (m, n):
    print(m, n)
with (CM('paren1') as p1, CM('paren2') as p2):
    print(p1, p2)
