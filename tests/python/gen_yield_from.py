# yield from: delegation, return values, send/throw/close through the chain
def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o1'
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5]])))
def thrower():
    try:
        yield 1
    except KeyError:
        yield 'inner handled'
def deleg():
    yield from thrower()
d = deleg()
next(d)
print(d.throw(KeyError))
def closing_inner():
    try:
        yield 1
    finally:
        print('inner closed')
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print('outer closed')
c = closing_outer()
next(c)
c.close()
def from_iterable():
    yield from range(3)
    yield from 'ab'
    r = yield from []
    print('empty returned', r)
print(list(from_iterable()))
def deep(n):
    if n == 0:
        return 0
    r = yield from deep(n - 1)
    yield n
    return r + n
def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(collect(deep(5)))
def unhandled_inner():
    yield 1
def wrap():
    yield from unhandled_inner()
w = wrap()
next(w)
try:
    w.throw(ValueError('propagated'))
except ValueError as e:
    print('outer saw', e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
def from_custom():
    yield from It()
print(list(from_custom()))
def gen_send_non_gen():
    yield from [1, 2]
g = gen_send_non_gen()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print(e)
