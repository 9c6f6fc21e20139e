# types: SimpleNamespace, the type names, new_class, MappingProxyType, coroutine
import types
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
try:
    types.SimpleNamespace({'k': 1}, z=2)
except TypeError as e:
    print(e)
def f(): pass
async def co(): pass
def gen(): yield
c = co()
print(isinstance(f, types.FunctionType), isinstance(c, types.CoroutineType), isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
c.close()
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), isinstance(types, types.ModuleType), types.FunctionType.__name__, types.NoneType)
X = types.new_class('X', (K,), {}, lambda ns: ns.update({'v': 5}))
print(X.__name__, X.v, X.__mro__[1] is K)
print(types.GeneratorType.__name__, types.CoroutineType.__name__, type(types.SimpleNamespace).__name__)
