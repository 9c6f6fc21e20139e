import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    print(f"open {name}")
    try:
        yield {"name": name}
    finally:
        await asyncio.sleep(0)
        print(f"close {name}")


class Timer:
    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        elapsed = asyncio.get_running_loop().time() - self.start
        print(f"elapsed {elapsed:.2f}s, exc={exc_type.__name__ if exc_type else None}")
        return exc_type is asyncio.CancelledError


async def main():
    async with connection("db") as db, Timer() as t:
        print(db["name"], type(t).__name__)
    async with Timer():
        task = asyncio.current_task()
        asyncio.get_running_loop().call_later(0.05, task.cancel)
        await asyncio.sleep(1)
    print("suppressed cancellation")


asyncio.run(main())
