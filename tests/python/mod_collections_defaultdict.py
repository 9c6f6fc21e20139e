# collections.defaultdict: factories, __missing__, repr, copy and errors
from collections import defaultdict
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
print(defaultdict(int, {'x': 1}), defaultdict(None), defaultdict(lambda: 5)['q'] if False else 'lambda')
counts = defaultdict(int)
for w in 'the cat and the hat'.split():
    counts[w] += 1
print(sorted(counts.items()), counts.get('zzz'), 'zzz' in counts)
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 2; print(nested['a']['b'], len(nested))
c = dd.copy(); c['z'].append(0); print(sorted(c), sorted(dd), type(c).__name__, isinstance(dd, dict))
try:
    defaultdict(3)
except TypeError as e:
    print(e)
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(set, a={1}) | {'b': 2})
