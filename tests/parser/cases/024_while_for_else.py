while x:
    x -= 1
while True:
    break
else:
    pass
for i in range(3):
    print(i)
for i, (a, b) in enumerate(pairs):
    pass
else:
    print("done")
for x in 1, 2, 3:
    pass
for x, in y:
    pass
for a.b in c:
    pass
for a[0] in c:
    pass
for *a, b in c:
    pass
