# a round-robin scheduler of generator-based tasks (an event loop written in Python)
from sys import maxsize
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        yield self
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda t: (t[0], t[1]))
                wake, _, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, None))
                continue
            name, coro, value = self.ready.pop(0)
            try:
                req = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                print(f't={self.now} {name} finished -> {e.value!r}')
            except Exception as e:
                self.results[name] = e
                print(f't={self.now} {name} failed: {type(e).__name__}: {e}')
            else:
                self.sleeping.append((self.now + req.ticks, len(self.sleeping) + self.now * 100, name, coro))
async def worker(name, n, delay):
    total = 0
    for i in range(n):
        await Sleep(delay)
        total += i
        print(f'  {name} step {i}')
    return total
async def failing():
    await Sleep(3)
    raise RuntimeError('worker crashed')
loop = Loop()
loop.spawn('a', worker('a', 3, 2))
loop.spawn('b', worker('b', 2, 3))
loop.spawn('c', failing())
loop.run()
print(sorted((k, repr(v)) for k, v in loop.results.items()), loop.now, maxsize > 0)
