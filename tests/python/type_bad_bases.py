# type() with bases that are not classes: CPython reports a metaclass conflict first.
for bases in [(1,), (int, 2), ("s",), (object, None)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print(bases, e)
class M(type):
    pass
try:
    M("Y", (3,), {})
except TypeError as e:
    print(e)
print(type("Z", (int,), {})(5))
