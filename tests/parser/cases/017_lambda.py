f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=2, *args, z, w=3, **kw: (x, y, args, z, w, kw)
i = lambda *, k: k
j = lambda a, /, b: a + b
k = lambda *args: args
l = lambda **kw: kw
m = lambda x: lambda y: x + y
n = sorted(items, key=lambda item: item[1])
o = lambda: (yield)
