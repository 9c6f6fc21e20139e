# closures, nonlocal, global, late binding, cells shared between closures
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
total = 0
def add(x):
    global total
    total += x
add(5); add(6)
print(total)
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def make():
    v = 1
    def f():
        return v
    v = 2
    return f
print(make()())
def nl():
    a = 1
    def set_a():
        nonlocal a
        a = 'changed'
    set_a()
    return a
print(nl())
def deep():
    x = 0
    def l1():
        def l2():
            nonlocal x
            x += 10
        l2()
    l1(); l1()
    return x
print(deep())
def cl():
    y = 5
    f = lambda: y
    return f.__closure__[0].cell_contents, f.__code__.co_freevars
print(cl())
def shadow():
    total = 'local'
    return total
print(shadow(), total)
def gen_global():
    global newglobal
    newglobal = 'created'
gen_global()
print(newglobal)
x = 'module'
class K:
    x = 'class'
    def m(self):
        return x
print(K().m())
def acc():
    data = []
    def push(v):
        data.append(v)
        return data
    return push
p = acc()
p(1)
print(p(2))
