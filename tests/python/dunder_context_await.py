# __enter__/__exit__ returning values, __await__ generators, awaitable classes
class Resource:
    def __init__(self): self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print('closing, exception:', exc_type.__name__ if exc_type else None)
        return False
with Resource() as r:
    print('open?', r.open)
print('open?', r.open)
class Fut:
    def __init__(self):
        self.result = None
        self.done = False
    def __await__(self):
        while not self.done:
            yield self
        return self.result
async def waiter(f):
    v = await f
    return 'got ' + str(v)
f = Fut()
c = waiter(f)
print(c.send(None) is f)
print(c.send(None) is f)
f.done, f.result = True, 99
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class AwaitIter:
    def __await__(self):
        return iter([1, 2, 3])
async def use():
    return await AwaitIter()
u = use()
print(u.send(None), u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print('returned', e.value)
class AsyncCM:
    async def __aenter__(self):
        return 'entered'
    async def __aexit__(self, *exc):
        print('aexit args', exc)
async def acm():
    async with AsyncCM() as v:
        return v
try:
    acm().send(None)
except StopIteration as e:
    print(e.value)
class Nested:
    def __init__(self, depth): self.depth = depth
    def __enter__(self):
        print('  ' * self.depth + 'enter', self.depth)
        return self.depth
    def __exit__(self, *a):
        print('  ' * self.depth + 'exit', self.depth)
with Nested(0), Nested(1) as one, Nested(2):
    print('body', one)
