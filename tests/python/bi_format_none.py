# format()/__format__ and other methods bound to None (None is an instance, not "no instance")
print(repr(format(None, "")), repr(format(None)), repr(None.__format__("")))
print(f"{None}|{None:}|{None!r:}|{None!s:>6}|", "{}|{:}".format(None, None))
try:
    format(None, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{None:>5}"
except TypeError as e:
    print("TypeError:", e)
print(None.__repr__(), None.__str__(), None.__bool__(), None.__eq__(None), None.__ne__(0))
print(type(None).__repr__(None), object.__format__(None, ""), object.__repr__(None)[:6])
m = None.__format__
print(type(m).__name__, m.__self__, m.__name__)
print(None.__sizeof__() > 0, None.__hash__() == hash(None), None.__class__)
print(list(map(format, [None, 1, "a"])), [format(x, "") for x in (None, True, 2.5)])
