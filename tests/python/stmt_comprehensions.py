# list/set/dict/generator comprehensions: nesting, conditions, own scope
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ['ab', 'cd']])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip('abc', range(3)) if v})
g = (x + 1 for x in range(3))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
x = 'outer'
r = [x for x in range(3)]
print(x, r)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    v = 5
    try:
        items = [v for _ in range(2)]
    except NameError as e:
        print('class scope:', e)
    items = [i for i in range(v)]
print(C.items)
print([i for i in range(3) if i if i > 1])
print({i: [j for j in range(i)] for i in range(3)})
gen = (a * b for a in range(3) for b in range(3) if a != b)
print(list(gen))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
print([(lambda: i)() for i in range(3)])
lazy = (1 / n for n in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(e)
print(list(map(lambda t: t[::-1], [(i, str(i)) for i in range(2)])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([v for row in matrix for v in row])
outer_var = 3
print([outer_var * i for i in range(outer_var)])
