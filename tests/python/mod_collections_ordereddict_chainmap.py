# collections: OrderedDict reordering and equality, ChainMap lookups, UserDict/UserList
from collections import OrderedDict, ChainMap, UserDict, UserList
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm, cm.new_child({'z': 0}), cm.parents)
cm['c'] = 5; print(cm.maps[0], cm.get('nope', 'default'), 'b' in cm)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = Lower(); u['ABC'] = 1; print(u, u['abc'], len(u))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], len(ul))
