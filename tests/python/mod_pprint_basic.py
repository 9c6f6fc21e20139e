# pprint: small objects on one line (sorted dict keys), big ones wrapped like CPython
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
pprint.pprint({'b': 1, 'a': [1, 2, 3], 'c': {'z': None, 'y': (1,)}})
data = {'users': [{'name': 'user%d' % i, 'roles': ['admin', 'dev'] if i % 2 else ['ops'], 'active': i % 3 == 0} for i in range(4)],
        'meta': {'count': 4, 'tags': {3, 1, 2}, 'ratio': 0.75}, 'description': 'a fairly long description string ' * 4}
pprint.pprint(data)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True, width=60)
pprint.pprint(data, depth=2, width=60)
print(pprint.pformat({'x': 1}), pprint.saferepr([1, {'b': 2, 'a': 1}]), pprint.isreadable([1]), pprint.isrecursive([]))
r = [1]; r.append(r); print(pprint.isrecursive(r))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {'k%d' % i: [i] * 5 for i in range(6)}))
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog'.replace(' ', '')))
pprint.pprint(deque(range(30), maxlen=40))
@dataclass
class Cfg:
    name: str
    options: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
pprint.pprint(Cfg('service', {'retries': 3, 'timeout': 10.5, 'endpoints': ['http://a', 'http://b']}, list(range(15))))
pprint.pp({'b': 2, 'a': 1})
