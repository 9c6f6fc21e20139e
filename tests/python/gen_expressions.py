# generator expressions: laziness, first iterable evaluated eagerly, scoping
def noisy(n):
    print('making range', n)
    return range(n)
g = (x * 2 for x in noisy(3))
print('created')
print(next(g), list(g))
try:
    (x for x in 5)
except TypeError as e:
    print('eager:', e)
g2 = (y for y in range(3) if y > undefined_name) if False else (y for y in range(3))
print(sum(g2))
def gen_of_gens():
    return ((i, j) for i in range(2) for j in (lambda i=i: range(i + 1))())
print(list(gen_of_gens()))
print(any(x > 2 for x in [1, 2, 3]), all(x for x in ()), max((len(s) for s in ['a', 'abc'])))
total = sum(i * i for i in range(1000) if i % 3 == 0)
print(total)
g3 = (c.upper() for c in 'abc')
print(type(g3).__name__, g3.__name__, iter(g3) is g3)
print(', '.join(str(n) for n in range(5)))
nested = list(list(x for x in range(i)) for i in range(4))
print(nested)
it = (x for x in [1, 2, 3])
print(2 in it, list(it))
