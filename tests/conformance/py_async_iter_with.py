# Classes implementing __aiter__/__anext__ and __aenter__/__aexit__ used with async for / async with.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(1)
        self.n -= 1
        return self.n


class Session:
    async def __aenter__(self):
        print("session open")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("session closed", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    async for n in Countdown(3):
        print("n =", n, asyncio.get_running_loop().time())
    async with Session() as s:
        print("in session", type(s).__name__)
    async with Session():
        raise KeyError("suppressed by __aexit__")
    print("after suppressed KeyError at", asyncio.get_running_loop().time())


asyncio.run(main())
