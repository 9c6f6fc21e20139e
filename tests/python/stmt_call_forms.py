# call forms: positional, keyword, *args, **kwargs, mixtures, evaluation order
def show(*args, **kwargs):
    return f'args={args} kwargs={sorted(kwargs.items())}'
print(show())
print(show(1, 2, a=3))
print(show(*[1, 2], *(3,), **{'x': 1}, y=2))
print(show(*'ab', *[], **{}, **dict(z=0)))
def order(tag):
    print('eval', tag)
    return tag
print(show(order(1), order(2), k=order(3), *[order(4)], **{'m': order(5)}))
def f(a, b, c=3, *, d=4):
    return a, b, c, d
print(f(1, 2), f(1, b=2), f(c=1, b=2, a=0), f(*(1, 2), d=9), f(**{'a': 1, 'b': 2, 'd': 0}))
args = (1,)
kwargs = {'b': 2}
print(f(*args, **kwargs))
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(1, 2, a=1)
except TypeError as e:
    print(e)
class M:
    def meth(self, *a, **k):
        return a, k
m = M()
print(m.meth(1, x=2), M.meth(m, *[3]), getattr(m, 'meth')(**{'q': 1}))
bm = m.meth
print(bm(*range(3)))
print((lambda *a: a)(*range(3), *range(2)))
print(dict(**{'a': 1}, b=2), list(*[[1, 2]]))
def kw_and_var(*args, sep='-'):
    return sep.join(map(str, args))
print(kw_and_var(1, 2, 3), kw_and_var(1, 2, sep='+'))
print(max(*[3, 9, 2]), min(*'zyx'))
