# dict ordering through deletes/reinserts, views are live, equality ignores order
d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(d)
del d['l']
d['l'] = 0
print(list(d))
keys, vals, items = d.keys(), d.values(), d.items()
d['new'] = 1
print(len(keys), list(vals)[-1], list(items)[-1])
d2 = dict(reversed(list(d.items())))
print(d == d2, list(d) == list(d2))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(10):
    big[i] = 'again'
print(list(big)[-10:])
print(('h', 1) in d.items(), ('h', 2) in d.items(), 'o' in d.keys())
print(sorted(d.items())[:3])
x = {'a': 1}
y = x
y['b'] = 2
print(x)
print({**x, 'a': 0}, dict(x, c=3))
print(list({1: 1, 2: 2}.keys() ^ {2, 3}))
