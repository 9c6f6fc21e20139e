# isinstance/issubclass ask __instancecheck__/__subclasscheck__ of any object's class (typing aliases, user checkers), not only metaclasses
import typing, collections.abc
print(isinstance([], typing.Sequence), isinstance({}, typing.Sequence), isinstance({}, typing.Mapping))
print(issubclass(list, typing.Sequence), issubclass(dict, typing.Iterable), isinstance("s", (int, typing.Sized)))
class Checker:
    def __instancecheck__(self, obj):
        print("  instancecheck", obj)
        return obj == 1
    def __subclasscheck__(self, cls):
        print("  subclasscheck", cls.__name__)
        return cls is int
print(isinstance(1, Checker()), isinstance(2, Checker()), issubclass(int, Checker()), issubclass(str, Checker()))
for args in [(1, 5), (1, object())]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(int, object())
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], typing.List[int])
except TypeError as e:
    print("TypeError:", e)
