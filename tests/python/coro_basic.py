# async def / await driven by hand (no event loop): send, StopIteration, __await__
class Suspend:
    def __await__(self):
        v = yield 'suspended'
        return v
async def leaf(x):
    got = await Suspend()
    return x + got
async def middle():
    a = await leaf(1)
    b = await leaf(10)
    return a + b
c = middle()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send(100))
try:
    c.send(1000)
except StopIteration as e:
    print('result', e.value)
async def simple():
    return 'simple'
try:
    simple().send(None)
except StopIteration as e:
    print(e.value)
async def raises():
    await Suspend()
    raise ValueError('in coro')
r = raises()
r.send(None)
try:
    r.send(None)
except ValueError as e:
    print('caught', e)
co = simple()
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print(e)
async def thrower():
    try:
        await Suspend()
    except KeyError as e:
        return 'handled ' + repr(e)
t = thrower()
t.send(None)
try:
    t.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)
async def awaits_twice(cr):
    return await cr
inner = simple()
try:
    awaits_twice(inner).send(None)
except StopIteration as e:
    print('first', e.value)
try:
    awaits_twice(inner).send(None)
except RuntimeError as e:
    print(e)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print(e)
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(e)
import sys
async def deep(n):
    if n == 0:
        return await Suspend()
    return 1 + await deep(n - 1)
d = deep(50)
print(d.send(None))
try:
    d.send(0)
except StopIteration as e:
    print(e.value)
print(c.cr_frame, c.cr_running)
