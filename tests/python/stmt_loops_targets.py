# for-loop targets: attributes, subscripts, nested unpacking; loop variable after the loop
class Obj: pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
slots = [0, 0]
for slots[0] in 'abc':
    pass
print(slots)
d = {}
for d['k'], d['v'] in [(1, 2), (3, 4)]:
    pass
print(d)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for (x, y), z in [((1, 2), 3)]:
    print(x, y, z)
for i in range(3):
    pass
print(i)
for ch in '':
    leaked = ch
print('leaked' in globals())
seq = [1, 2, 3]
for v in seq:
    if v == 2:
        seq.append(99)
    if len(seq) > 5:
        break
print(seq)
n = 0
for _ in iter(lambda: n, 3):
    n += 1
print(n)
pairs = list(zip(range(3), range(3, 6)))
for pair in pairs:
    first, second = pair
    print(first + second, end=' ')
print()
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(list(it))
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
while True:
    for j in range(5):
        if j == 2:
            break
    else:
        print('no')
    break
print(j)
