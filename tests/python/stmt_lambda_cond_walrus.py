# lambda, conditional expressions, the walrus operator
sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, z=2))
print((lambda: 'no args')())
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
x = 5
print('big' if x > 3 else 'small', 'a' if 0 else 'b' if 1 else 'c')
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print('long list', n)
print([y for v in data if (y := v * 2) > 4])
print(y)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
def f():
    [(inner := i) for i in range(3)]
    return inner
print(f())
print((w := 10) + w)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print(sq.__name__, (lambda: 0).__qualname__)
def outer():
    return lambda: 0
print(outer().__qualname__)
