# inspect: predicates for coroutines/generators/classes, signature() rendering and binding, getmembers, unwrap
import inspect
import functools
import asyncio
async def co(a, b=1): pass
def gen(): yield 1
async def agen(): yield 1
def plain(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
class K:
    def m(self, x, y=0): pass
    @staticmethod
    def s(z): pass
    def __init__(self, p, q=None): pass
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(plain), inspect.isgeneratorfunction(gen), inspect.isasyncgenfunction(agen))
c = co(1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1), inspect.isgenerator(gen()), inspect.isasyncgen(agen()))
c.close()
print(inspect.isfunction(plain), inspect.ismethod(K(1).m), inspect.isclass(K), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.iscoroutinefunction(functools.partial(co, 1)), inspect.isabstract(K))
print(inspect.signature(plain), inspect.signature(co), inspect.signature(K(1).m), inspect.signature(K), inspect.signature(K.s))
print(inspect.signature(lambda x, *, y=3: 0), inspect.signature(functools.partial(plain, 1, d=4)))
sig = inspect.signature(plain)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], sig.return_annotation, sig.parameters['b'].default)
ba = sig.bind(1, 2, 3, 4, d=9, extra=1); print(ba.arguments, ba.args, ba.kwargs)
ba2 = inspect.signature(co).bind(5); ba2.apply_defaults(); print(ba2)
try:
    sig.bind(1)
except TypeError as e:
    print(e)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def wrapped(x, y):
    pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped).__name__)
print([n for n, v in inspect.getmembers(K, inspect.isfunction)], inspect.getdoc(K), inspect.cleandoc('  a\n    b\n  c'))
print(inspect.getfullargspec(plain))
