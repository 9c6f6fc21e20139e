# Built-in types CPython creates only internally (coroutines, generators, iterators, dict views) cannot be instantiated from Python ('cannot create', object.__new__(X) is not safe), and copy refuses them ("cannot pickle") instead of building a broken object.
import copy

async def job():
    pass

def gen():
    yield 1

c = job()
g = gen()
cases = [("coroutine", type(c)), ("generator", type(g)), ("dict_keys", type({}.keys())),
         ("list_iterator", type(iter([]))), ("range_iterator", type(iter(range(3))))]
for name, T in cases:
    for make in (lambda: T(), lambda: T.__new__(T), lambda: object.__new__(T)):
        try:
            make()
            print(name, "made")
        except TypeError as e:
            print(name, "TypeError:", e)
for obj in (c, g, {}.keys()):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(obj)
            print("copied", type(obj).__name__)
        except TypeError as e:
            print("TypeError:", e)
c.close()

class L(list):
    pass

class N(list):
    def __new__(cls):
        return super().__new__(cls)

class P:
    pass

for T in (L, N):
    try:
        object.__new__(T)
    except TypeError as e:
        print(e)
print(type(object.__new__(P)).__name__, type(None)(), type(N()).__name__)
