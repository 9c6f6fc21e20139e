del x
del x, y
del x[0], y.attr
del (a, b)
del [a, b]
del a[1:2]
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    pass
