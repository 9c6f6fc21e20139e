# async generators: asend, athrow, aclose, async comprehensions, anext()
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    try:
        for i in range(n):
            await Tick()
            x = yield i
            if x:
                print('sent', x)
    finally:
        print('agen finally')
async def main():
    g = agen(3)
    print(type(g).__name__, g.__name__)
    print(await g.__anext__())
    print(await g.asend('hello'))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted')
    print([x async for x in agen(2)])
    g2 = agen(5)
    await anext(g2)
    await g2.aclose()
    g3 = agen(5)
    await anext(g3)
    try:
        await g3.athrow(ValueError('thrown'))
    except ValueError as e:
        print('athrow propagated', e)
    print(await anext(agen(0), 'default'))
    async def catcher():
        try:
            yield 1
        except KeyError:
            yield 'caught'
    c = catcher()
    await anext(c)
    print(await c.athrow(KeyError))
    async def squares():
        for i in range(4):
            yield i * i
    print({x async for x in squares()}, {x: x async for x in squares() if x})
    total = 0
    async for s in squares():
        total += s
    print(total)
    try:
        anext(5)
    except TypeError as e:
        print(e)
print(run(main()))
