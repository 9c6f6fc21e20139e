# eval()/exec() namespaces as CPython's: a class body's and a function's (generator's, coroutine's) locals,
# the globals' __builtins__ (an empty dict hides len), functions defined by exec, 'single' mode blocks.
import asyncio
class K:
    a = 1
    b = eval("a + 1")
    exec("c = a + b")
print(K.b, K.c)
def gen():
    y = 10
    yield eval("y * 2")
print(next(gen()))
async def co():
    z = 3
    return eval("z + 1")
print(asyncio.run(co()))
print(eval("x", {"x": 5, "__builtins__": {}}))
try:
    eval("len('a')", {"__builtins__": {}})
except NameError as e:
    print(e)
print(eval("1 # comment\n"), eval("\n\n(1 +\n 2)\n\n"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("if True:\n    print('x')\n    9\n\n", "<s>", "single"))
print(eval(compile("lambda q: q * 2", "<s>", "eval"))(4))
try:
    eval("f'{1 +}'")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
def outer():
    v = 1
    def inner():
        return eval("v")
    return inner
try:
    print(outer()())
except NameError as e:
    print("NameError", e)
g = {}
exec("def f(): return 42", g)
print(g["f"](), sorted(k for k in g if k != "__builtins__"))
print(eval("__name__"), eval("__name__", {}))
