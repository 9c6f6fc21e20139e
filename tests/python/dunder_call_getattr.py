# __call__, __getattr__, __getattribute__, __setattr__, __delattr__, __dir__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5))
try:
    five = 5
    five()
except TypeError as e:
    print(e)
try:
    add5()
except TypeError as e:
    print(e)
class Dyn:
    real = 'real attr'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dynamic ' + name
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dyn()
print(d.real, d.xyz, getattr(d, 'xa'), hasattr(d, 'nope'), getattr(d, 'nope', 'dflt'))
try:
    d.nope
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
l = Logged()
l.a = 1
l.b = 2
del l.a
print(l.log, l.b, l.secret, hasattr(l, 'a'))
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError(f'cannot set {n}')
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
class WithDir:
    def __dir__(self): return ['b', 'a']
print(dir(WithDir()))
class GA:
    def __getattribute__(self, n):
        raise AttributeError(n)
    def __getattr__(self, n):
        return 'fallback ' + n
print(GA().anything)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
print(getattr(5, 'real'), getattr([], 'append').__name__)
try:
    getattr(5, 'nope')
except AttributeError as e:
    print(e)
try:
    getattr(5, 1)
except TypeError as e:
    print(e)
setattr(d, 'made', 'via setattr')
print(d.made)
delattr(d, 'made')
print(hasattr(d, 'made'))
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name): return getattr(self._t, name)
print(Proxy([3, 1, 2]).count(1), Proxy('abc').upper())
