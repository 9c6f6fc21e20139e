# async comprehensions and await inside comprehensions in async functions
class Tick:
    def __await__(self):
        yield
async def value(v):
    await Tick()
    return v * 10
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def main():
    a = [await value(i) for i in range(3)]
    b = [x async for x in agen(4) if x % 2]
    c = {x: await value(x) async for x in agen(2)}
    d = [y for y in [await value(1), await value(2)]]
    e = [[j async for j in agen(i)] for i in range(3)]
    return a, b, c, d, e
def run(co):
    try:
        while True:
            co.send(None)
    except StopIteration as s:
        return s.value
print(run(main()))
