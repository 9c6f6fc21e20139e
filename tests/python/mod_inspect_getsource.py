# inspect.getsource/getsourcelines/findsource/getblock/getcomments: functions (decorated, multi-line headers, comments in and after the body, one-liners), classes found by qualname (nested, decorated), methods, lambdas, generators; builtins and exec'd code refuse as CPython's.
import inspect, asyncio, functools

def plain():
    return 1

def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w

# a comment about decorated
@deco
def decorated(x,
              y=2):
    """Doc."""
    # inside comment
    if x:
        return [
            x,
    y]

  # trailing comment less indented

    return None

async def coro(a): await asyncio.sleep(a); return a

class Outer:
    """Outer doc."""
    attr = 1

    @staticmethod
    def meth():
        s = """multi
line string
with def inside"""
        return s

    class Inner:
        def f(self): pass

@functools.lru_cache
class Deco:  # decorated class
    pass

square = lambda x: x * x

def gen():
    yield 1
    # comment at body level

x = 1

for obj in [plain, decorated, coro, Outer, Outer.meth, Outer.Inner, Outer.Inner.f, Deco, square, gen]:
    print("=====", getattr(obj, "__qualname__", obj))
    print(inspect.getsource(obj), end="")
    print(inspect.getsourcelines(obj)[1])
print(inspect.getcomments(decorated))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
f = eval("lambda: 0")
try:
    inspect.getsource(f)
except OSError as e:
    print("OSError:", e)
