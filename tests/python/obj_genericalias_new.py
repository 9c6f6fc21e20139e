# types.GenericAlias(origin, args) can be called, as `__class_getitem__ = classmethod(GenericAlias)`
# does for a generic container class (CPython's ga_new: two positional arguments).
from types import GenericAlias as G
for a, k in [((), {}), ((list,), {}), ((list, int, 3), {}), ((list, int), {'x': 1})]:
    try:
        print(G(*a, **k))
    except TypeError as e:
        print(e)
print(G(list, (int, str)), G(list, int).__args__, G(1, 2), G(dict, (str, int)) == dict[str, int])
class C:
    __class_getitem__ = classmethod(G)
print(C[int], C[int, str], C[int].__origin__ is C, type(C[int]()).__name__)
