# exact-stderr
# CPython 3.11 compile-time hints for a missing comma (calling or subscripting a literal, a literal sequence indexed by a non-integer literal), async for over a list display (not folded to a tuple), and AttributeError .name/.obj on modules and classes (the "Did you mean" hint).
import asyncio
x = 5
def f():
    try:
        pairs = [(1, 2) (3, 4)]
    except TypeError as e:
        print(e)
    for expr in ("[1, 2][1, 2]", "'abc'[1.5]", "(1)(2)", "(-1)(2)", "{1}[0]", "None[0]", "f'{x}'[1, 2]", "[1][:2]", "[1][x]", "b'a'['k']", "(lambda: 1)[0]", "{'a': 1}['a']", "(x for x in [])(1)"):
        try:
            eval(expr)
        except (TypeError, IndexError) as e:
            print(expr, "->", e)
f()
def g():
    return [1, 2][1, 2], "abc"[1.5], (1)(2), {1}[0], None[0], (lambda: 1)[0], {1: 2}()
async def main():
    async for x in [1, 2]:
        print(x)
try:
    asyncio.run(main())
except TypeError as e:
    print(e)
try:
    asyncio.get_running_lop()
except AttributeError as e:
    print(e.name, e.obj is asyncio)
class K: pass
K.nme = 1
try:
    K.name
except AttributeError as e:
    print(e.name, e.obj is K)
asyncio.get_running_lop()
