# function and class decorators, stacking order, decorators with arguments
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print('ret', r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def tag(name):
    print('making tag', name)
    def deco(fn):
        print('applying', name)
        def inner():
            return '<%s>%s</%s>' % (name, fn(), name)
        return inner
    return deco
@tag('b')
@tag('i')
def hello():
    return 'hi'
print(hello())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Foo:
    pass
print(registry, Foo.registered)
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counter
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
@lambda f: f()
def value():
    return 42
print(value)
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
sub(5, 3)
def order(label):
    print('eval', label)
    return lambda f: (print('apply', label), f)[1]
@order('outer')
@order('inner')
def target(): pass
