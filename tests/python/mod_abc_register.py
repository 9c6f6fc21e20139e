# abc: virtual subclasses through register() and __subclasshook__, isinstance on collections.abc
from abc import ABC, ABCMeta
import collections.abc as cabc
class Serializer(ABC):
    pass
@Serializer.register
class Json:
    pass
print(issubclass(Json, Serializer), isinstance(Json(), Serializer), Json.__mro__[1] is object)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented
print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance('s', cabc.Sequence))
print(isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterable), isinstance(len, cabc.Callable), isinstance((x for x in []), cabc.Generator))
print(isinstance({1}, cabc.Set), isinstance(frozenset(), cabc.MutableSet), isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable))
class MyMap(cabc.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __len__(self):
        return len(self.d)
    def __iter__(self):
        return iter(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2})
