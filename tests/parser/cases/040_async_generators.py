async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

async def consume():
    async for i in ticker(0.1, 10):
        print(i)

class AsyncIter:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
    async def __aenter__(self):
        return self
    async def __aexit__(self, exc_type, exc, tb):
        return False
