# del of names, attributes, subscripts, slices and the errors it raises
a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class C:
    x = 1
c = C()
c.y = 2
del c.y
print(hasattr(c, 'y'))
try:
    del c.y
except AttributeError as e:
    print(e)
del C.x
print(hasattr(C, 'x'))
x, y = 1, 2
del x, y
print('x' in dir(), 'y' in dir())
def f():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
f()
def g():
    try:
        del w
    except UnboundLocalError as e:
        print(e)
    w = 3
g()
try:
    del undefined_global
except NameError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
l2 = [[1, 2], [3]]
del l2[0][1]
print(l2)
class D:
    def __delitem__(self, k): print('delitem', k)
    def __delattr__(self, n): print('delattr', n)
dd = D()
del dd[1:2]
del dd.foo
del dd['a'], dd.bar
def h():
    q = 1
    def inner():
        return q
    del q
    try:
        inner()
    except NameError as e:
        print(e)
h()
