# nested functions, recursion through closures, functions returning functions
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def step(args):
        if len(args) == n:
            return f(*args)
        return lambda a: step(args + (a,))
    return step(())
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3))
def outer():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even(10), odd(7)
print(outer())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print(c('a'), c('a'), c('b'))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def memoize(f):
    memo = {}
    def inner(*args):
        if args not in memo:
            memo[args] = f(*args)
        return memo[args]
    return inner
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
def gen_factory(n):
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(gen_factory(3)()))
