# sys.getsizeof as CPython 3.11 (64-bit): __sizeof__ looked up on the type, plus the GC pre-header
# (16 bytes) of containers and the managed-dict pre-header of plain classes; ints by 30-bit digits,
# bytes, tuples, dict tables (str-only keys have smaller entries), lists presized exactly by
# list(sized) and constant displays, set tables; getsizeof(obj, default) on a TypeError.
import sys

class Plain:
    pass

class Slotted:
    __slots__ = ("a", "b")

class Weird:
    def __sizeof__(self):
        return "big"

class Negative:
    def __sizeof__(self):
        return -1

def f():
    pass

a, b, c = 1, 2, 3
values = {
    "int 0": 0, "int 1": 1, "int -5": -5, "int 2**30": 2**30, "int 2**100": 2**100, "True": True, "False": False,
    "float": 1.5, "None": None, "str empty": "", "str abc": "abc", "bytes empty": b"", "bytes abc": b"abc",
    "tuple empty": (), "tuple 3": (1, 2, 3), "tuple 10": tuple(range(10)),
    "list empty": [], "list const 3": [1, 2, 3], "list const 5": [1, 2, 3, 4, 5], "list vars": [a, b, c],
    "list(range(5))": list(range(5)), "list(range(100))": list(range(100)), "list comp 10": [x for x in range(10)],
    "list comp 1000": [x for x in range(1000)], "list(tuple)": list((1, 2, 3, 4, 5, 6, 7)),
    "dict empty": {}, "dict str 1": {"a": 1}, "dict str 5": {str(i): i for i in range(5)},
    "dict str 6": {str(i): i for i in range(6)}, "dict int 3": {1: 1, 2: 2, 3: 3}, "dict int 100": {i: i for i in range(100)},
    "dict str 1000": {str(i): i for i in range(1000)}, "dict kw": dict(x=1, y=2), "dict fromkeys": dict.fromkeys(range(10)),
    "set empty": set(), "set 3": {1, 2, 3}, "set 10": set(range(10)), "set 100": set(range(100)), "frozenset": frozenset(),
    "range": range(10), "slice": slice(1, 2), "function": f, "lambda": lambda: 0,
    "Plain()": Plain(), "Slotted()": Slotted(), "bound method": Plain().__init__,
}
appended = []
for i in range(7):
    appended.append(i)
values["appended 7"] = appended
emptied = {"a": 1}
del emptied["a"]
values["dict emptied"] = emptied
for name, v in values.items():
    print(f"{name:<18} {sys.getsizeof(v)}")
print(sys.getsizeof(Weird(), "default"), sys.getsizeof(Negative(), None) if False else "")
for obj in (Weird(), Negative()):
    try:
        sys.getsizeof(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
gen_list = [x * 2 for x in range(10000)]
print("list of 10000:", sys.getsizeof(gen_list), "bytes")
