a = x if cond else y
b = x if c1 else y if c2 else z
c = (x if c else y) + 1
if (n := len(a)) > 10:
    print(n)
while (chunk := f.read(10)):
    pass
d = [y for x in data if (y := f(x)) is not None]
e = (w := 5)
print(w := 3)
f(a=(b := 1))
