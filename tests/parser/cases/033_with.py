with open(f) as fh:
    pass
with a, b:
    pass
with a as x, b as y:
    pass
with a as (x, y):
    pass
with a as [x, y]:
    pass
with a as x.attr, b as y[0]:
    pass
with (a, b):
    pass
with (a as x, b as y):
    pass
with (a as x, b as y,):
    pass
with (
    open("a") as fa,
    open("b") as fb,
):
    pass
with (a):
    pass
with (a) as x:
    pass
with (a, b) as x:
    pass
with lock:
    with other:
        pass
