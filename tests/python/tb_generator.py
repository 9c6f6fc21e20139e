# exact-stderr
# a traceback through a generator and a with block
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def gen():
    yield 1
    with Ctx():
        yield int('nope')
for v in gen():
    print(v)
