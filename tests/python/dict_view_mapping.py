d = {"a": 1, "b": 2}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(type(m).__name__, m, m["a"], m is not d, dict(m) == d)
d["c"] = 3
print(d.keys().mapping, len(d.items().mapping))
try: d.keys().mapping["z"] = 1
except TypeError as e: print(e)
try: d.keys().mapping = {}
except AttributeError as e: print(e)
print(type(iter(d.keys())).__name__, {}.keys().mapping)
