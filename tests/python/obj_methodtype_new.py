# types.MethodType(function, instance) binds a function to an object (CPython's method_new: two
# positional arguments, a callable, an instance that is not None); method is not subclassable.
import types
for a, k in [((), {}), ((print,), {}), ((print, 1, 2), {}), ((1, 1), {}), ((print, None), {}), ((print, 1), {'x': 1})]:
    try:
        print(types.MethodType(*a, **k))
    except TypeError as e:
        print(e)
m = types.MethodType(lambda self, x: (self, x), 'inst')
print(m(1), m.__self__, m.__func__.__name__)
class Greeter:
    def __init__(self, name):
        self.name = name
def shout(self):
    return self.name.upper()
g = Greeter('ann')
g.shout = types.MethodType(shout, g)
print(g.shout(), type(g.shout).__name__)
print(types.MethodType(shout, g) == types.MethodType(shout, g))
try:
    class M(types.MethodType): pass
except TypeError as e:
    print(e)
