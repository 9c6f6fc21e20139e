# Builtins: enumerate/zip/map/filter/reversed, any/all, sum/min/max with key/default, range reprs, divmod/abs/round, chr/ord, format.
print(list(enumerate("abc", start=1)), list(zip([1, 2, 3], "ab")), list(map(str.upper, "xy")))
print(list(filter(None, [0, 1, "", "a", None])), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all([1, 0]))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), min([3, 1, 2]), max("abc"), min([], default="empty"), max([1, 5], key=lambda v: -v))
print(range(10), range(1, 10, 3), list(range(10, 0, -3)), range(10)[2:5], len(range(0, 100, 7)), 7 in range(0, 10, 7))
print(divmod(17, 5), abs(-3), abs(-2.5), round(3.14159, 3), pow(2, 8), hex(255), oct(8), bin(5))
print(chr(97), ord("a"), format(3.14159, ".2f"), format(42, "08b"), format(1234, ","), format("x", ">3"))
print(isinstance(1, (str, int)), isinstance(True, int), type(1) is int, callable(len), callable(1))
print(len("abc"), len([1]), len({}), bool(""), bool([0]), int(True) + True, str(12).zfill(4))
print(sorted("banana"), list(dict.fromkeys("banana")), hash(1) == hash(1.0), id(None) == id(None))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(getattr(str, "upper")("x"), hasattr([], "append"), vars(type("T", (), {"a": 1}))["a"], dir(object)[:3])
print(repr(print), repr(len), type(len).__name__, type(print).__name__)
