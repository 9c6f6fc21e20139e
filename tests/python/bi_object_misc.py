# object(), NotImplemented, Ellipsis, slicing with ..., exit/quit reprs, __build_class__ presence
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), str(o).startswith('<object object at'))
try:
    o.attr = 1
except AttributeError as e:
    print(e)
print(NotImplemented, repr(NotImplemented), Ellipsis, ..., ... is Ellipsis, type(...)())
print(bool(Ellipsis), type(NotImplemented).__name__)
import builtins
print(hasattr(builtins, '__build_class__'), builtins.__name__, callable(builtins.__import__))
print(object.__name__, object.__bases__, object.__mro__, type.__mro__)
print(object.__doc__[:20])
class Sub:
    pass
print(Sub.__bases__, Sub.__mro__[-1] is object)
x = [1, 2, 3]
print(x[...] if False else 'ellipsis indexing needs numpy')
def f(): ...
print(f())
print(len.__self__ is builtins, print.__module__ if hasattr(print, '__module__') else None)
print(object.__init__ is object.__init__, type(object.__init__).__name__, type(object().__init__).__name__)
print(repr(object.__eq__).startswith('<slot wrapper'), type(object.__str__).__name__)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print(int.__add__(2, 3), str.__len__('abcd'), list.__getitem__([5, 6], 1))
