# generator protocol details: send after exhaustion, throw after close, gi_yieldfrom, return in finally
def g():
    x = yield 1
    print('received', x)
    yield 2
gen = g()
print(gen.send(None), gen.send('v'))
print(next(gen, 'exhausted'))
try:
    gen.send(1)
except StopIteration:
    print('send after exhaustion: StopIteration')
gen.close()
try:
    gen.throw(ValueError('late'))
except ValueError as e:
    print('throw into closed gen raises it:', e)
def inner():
    yield 'a'
    yield 'b'
def outer():
    yield from inner()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_running)
def ret_finally():
    try:
        yield 1
    finally:
        return 'from finally'
r = ret_finally()
next(r)
try:
    r.throw(KeyError('k'))
except StopIteration as e:
    print('finally return swallowed the throw:', e.value)
def throw_type():
    try:
        yield
    except Exception as e:
        yield repr(e)
t = throw_type()
next(t)
print(t.throw(ValueError))
t2 = throw_type()
next(t2)
print(t2.throw(ValueError, ValueError('inst')) if False else t2.throw(ValueError('inst')))
def close_returns():
    try:
        yield
    except GeneratorExit:
        print('got GeneratorExit')
cr = close_returns()
next(cr)
print(cr.close())
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
c = counter()
print([next(c), next(c), c.send('reset'), next(c)])
