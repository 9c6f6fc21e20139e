# async for, async with, __aiter__/__anext__/__aenter__/__aexit__ driven by hand
class Tick:
    def __await__(self):
        yield 'tick'
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    async def __aenter__(self):
        print('aenter')
        await Tick()
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None)
        await Tick()
        return et is KeyError
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    else:
        out.append('else')
    print(out)
    async with ACM() as r:
        print('inside', r)
    async with ACM():
        raise KeyError('suppressed')
    print([v async for v in ARange(2)])
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async with object():
            pass
    except TypeError as e:
        print(e)
    async for v in ARange(5):
        if v == 2:
            continue
        if v == 4:
            break
        print('loop', v)
    return 'main done'
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print('steps', steps)
        return e.value
print(run(main()))
