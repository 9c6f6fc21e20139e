# defaults, keyword-only, positional-only, *args, **kwargs and binding errors
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
def kwonly(*, key=None):
    return key
print(kwonly(), kwonly(key=1))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, c=3, a=1),
    lambda: pos(1, b=2, c=3, d=4),
    lambda: pos(1, 2, 3, 4),
    lambda: kwonly(1),
    lambda: kwonly(nope=1),
    lambda: defaults(1, 2),
    lambda: pos(1, 2, 3),
    lambda: pos(),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, a, b: 0)(),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
    lambda: f(1, c=1, **{'c': 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
def all_kinds(a, /, b, *, c):
    pass
print(all_kinds.__code__.co_argcount, all_kinds.__code__.co_posonlyargcount,
      all_kinds.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)
def g(**kw):
    return sorted(kw.items())
print(g(**{'z': 1, 'a': 2}))
def h(a, *, b):
    return a + b
print(h(b=1, a=2))
def many(*args):
    return len(args)
print(many(*range(100)))
