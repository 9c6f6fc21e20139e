a = {1: 2}
b = {**x}
c = {**x, **y}
d = {"a": 1, **b, "c": lambda: 1}
e = {(1, 2): [3], None: ..., True: False}
f = {x: y for x, y in zip(a, b) if x}
g = {a: {b: c}}
h = {a: b if c else d}
