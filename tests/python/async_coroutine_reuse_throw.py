# Throwing into an exhausted coroutine (or its __await__ iterator) raises CPython's RuntimeError
# 'cannot reuse already awaited coroutine' (gen_send_ex2), while an exhausted generator re-raises
# the thrown exception and close() stays silent (test_coroutines test_func_16/17/18).
import types
def attempt(label, fn):
    try:
        print(label, 'ok', fn())
    except BaseException as e:
        print(label, type(e).__name__, e, repr(e.__context__))
async def coroutine():
    return 'spam'
coro = coroutine()
attempt('send', lambda: coro.send(None))
attempt('send again', lambda: coro.send(None))
attempt('throw', lambda: coro.throw(Exception('wat')))
attempt('throw GeneratorExit', lambda: coro.throw(GeneratorExit))
attempt('close', coro.close)
attempt('close', coro.close)
coro = coroutine()
it = coro.__await__()
attempt('it send', lambda: it.send(None))
attempt('it send again', lambda: it.send(None))
attempt('it next', lambda: next(it))
attempt('it throw', lambda: it.throw(Exception('wat')))
@types.coroutine
def nop():
    yield
async def send():
    await nop()
    return 'spam'
async def read(c):
    await nop()
    return await c
spammer = send()
reader = read(spammer)
reader.send(None)
reader.send(None)
attempt('reader throw ham', lambda: reader.throw(Exception('ham')))
reader = read(spammer)
reader.send(None)
attempt('reader send', lambda: reader.send(None))
attempt('reader throw wat', lambda: reader.throw(Exception('wat')))
def gen():
    yield 1
g = gen()
list(g)
attempt('gen throw', lambda: g.throw(KeyError('k')))
attempt('gen send', lambda: g.send(None))
async def agen():
    yield 1
ag = agen()
attempt('agen athrow fresh', lambda: ag.athrow(KeyError('k')).send(None))
attempt('agen athrow again', lambda: ag.athrow(KeyError('k')).send(None))
