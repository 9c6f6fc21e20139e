# dicts: insertion order, methods, views, errors
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d), list(d.values()), list(d.items()), len(d))
print(d.get('a'), d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.setdefault('d', 4), d.setdefault('a', 100), d)
print(d.pop('d'), d.pop('zz', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
del d['b']
d['b'] = 'readded'
print(d)
print(dict(a=1, b=2), dict([(1, 'one')]), dict.fromkeys('ab', 0), dict(zip('xy', range(2))))
print({1: 'a', 1.0: 'b', True: 'c'})
k = d.keys()
d['new'] = 0
print(k, len(k), 'new' in k)
print(d.keys() & {'x', 'zz'}, sorted(d.keys() | {'q'}), d.keys() - {'x', 'y', 'z'})
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
m = {'a': 1}
m |= {'c': 5}
print(m, d.copy() == d, d.copy() is d)
try:
    {}['missing']
except KeyError as e:
    print(repr(e), e.args)
try:
    {}.pop('x')
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    for key in d:
        d['another'] = 1
except RuntimeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
nested = {'outer': {'inner': [1, {'deep': True}]}}
print(nested['outer']['inner'][1]['deep'], nested)
print(repr({}), str({'q': "'"}), {(1, 2): [3]})
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.items())))
print(dict(sorted({'b': 1, 'a': 2}.items())), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
rec = {}
rec['self'] = rec
print(rec)
v = {'a': 1}.values()
print(v, list(v), {'a': 1}.items())
d2 = {i: i * i for i in range(5)}
for key in list(d2):
    if key % 2:
        del d2[key]
print(d2)
