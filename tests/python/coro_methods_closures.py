# coroutines as methods, closures and lambdas returning coroutines, coroutine objects' attributes
class Tick:
    def __await__(self):
        yield
def run(c):
    n = 0
    try:
        while True:
            c.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0
    async def handle(self, x):
        self.calls += 1
        await Tick()
        return f'{self.name}:{x}'
    @classmethod
    async def create(cls, name):
        await Tick()
        return cls(name)
    @staticmethod
    async def util():
        return 'util'
async def main():
    svc = await Service.create('svc')
    results = []
    for i in range(3):
        results.append(await svc.handle(i))
    results.append(await Service.util())
    make = lambda v: svc.handle(v * 10)
    results.append(await make(5))
    def factory(k):
        async def inner():
            await Tick()
            return k * 2
        return inner
    results.append(await factory(21)())
    return results, svc.calls
print(run(main()))
c = Service('x').handle(1)
print(c.__qualname__, c.cr_code.co_name, c.cr_await)
c.send(None)
print(type(c.cr_await).__name__ if c.cr_await is not None else None)
c.close()
async def agen_method():
    class Holder:
        async def items(self):
            for i in range(3):
                await Tick()
                yield i
    return [x async for x in Holder().items()]
print(run(agen_method()))
