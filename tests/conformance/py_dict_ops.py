# dict operations: insertion order, get/setdefault/pop/popitem/update, |, views, KeyError messages and reprs.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", []), d)
d["d"].append("x")
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"e": 5}, f=6)
print(d, d | {"a": -1}, {**d, "g": 7})
print(d.keys(), d.values(), d.items())
print(list(d.items())[0], "a" in d, 1 in d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
del d["a"]
d["a"] = 1
print(list(d))
nested = {"x": {"y": [1, {"z": None}]}, 1: (2,), None: True}
print(nested, len(nested))
print(dict.fromkeys("ab", 0), dict([(1, "one")]), {1: "int", 1.0: "float", True: "bool"})
e = {}
e |= {"k": "v"}
print(e, sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
