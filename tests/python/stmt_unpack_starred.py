# tuple/list unpacking, starred targets and starred expressions
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = 'hello'
print(a, mid, z)
a, *mid, z = 'hi'
print(a, mid, z)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print(*[1, 2], *(3, 4), 5)
t = (*range(3), *'ab')
print(t)
l = [*{1: 'a', 2: 'b'}]
print(l)
s = {*[1, 1, 2]}
print(s)
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(), **{'x': 1}, y=2))
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = iter([1])
except ValueError as e:
    print(e)
