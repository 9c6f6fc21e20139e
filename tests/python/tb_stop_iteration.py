# exact-stderr
# StopIteration leaking out of a generator becomes RuntimeError (PEP 479)
def first(it):
    return next(it)
def gen():
    yield first(iter([]))
list(gen())
