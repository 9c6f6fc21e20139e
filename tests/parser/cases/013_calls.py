f()
f(a)
f(a, b, c)
f(a, *args)
f(*args, **kwargs)
f(key=1, other=2)
f(a, key=1, *args, **kwargs)
f(*a, *b, **c, **d)
f(a=1, *b)
f(x for x in y)
f((x for x in y), 1)
obj.method(1)(2)(3)
f(a)[0].b(c)
print("hello", end="", sep=", ", flush=True)
f(a,)
f(
    a,
    b,
)
