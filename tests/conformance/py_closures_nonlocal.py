# Closures capture variables, nonlocal rebinding, late binding in loops and the default-argument fix.
def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get())
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x


print(outer())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars)


def broken():
    total = 0

    def add():
        total += 1
    try:
        add()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


broken()
