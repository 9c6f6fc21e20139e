# generators: yield, send, throw, close, return values, StopIteration
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'
print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
def echo():
    received = yield 'ready'
    while True:
        received = yield 'got %r' % (received,)
e = echo()
print(e.send(None), e.send(1), e.send('x'))
try:
    echo().send(5)
except TypeError as err:
    print(err)
def catcher():
    try:
        yield 1
    except ValueError as ex:
        yield 'caught %s' % ex
    yield 'after'
c = catcher()
next(c)
print(c.throw(ValueError('boom')))
print(next(c))
def closer():
    try:
        yield 1
    finally:
        print('cleanup')
c = closer()
next(c)
c.close()
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as err:
    print(err)
def gen_raises_stop():
    yield 1
    raise StopIteration('oops')
try:
    list(gen_raises_stop())
except RuntimeError as err:
    print(err, repr(err.__cause__))
g = countdown(1)
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
def self_ref():
    yield gen_obj.gi_running
gen_obj = self_ref()
print(next(gen_obj))
def running():
    next(me)
    yield
me = running()
try:
    next(me)
except ValueError as err:
    print(err)
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(KeyError('k'))
except KeyError as err:
    print('throw into unstarted', repr(err))
print(list(u))
def ret():
    return 7
    yield
try:
    next(ret())
except StopIteration as err:
    print(err.value)
it = iter(countdown(3))
print(it is iter(it))
