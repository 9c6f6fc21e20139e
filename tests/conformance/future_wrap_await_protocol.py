# A user class with __await__ delegating to a Future, and the _asyncio_future_blocking protocol seen by the task.
import asyncio


class Ticket:
    def __init__(self, loop, delay, value):
        self.fut = loop.create_future()
        loop.call_later(delay, self.fut.set_result, value)

    def __await__(self):
        print("  __await__ called")
        result = yield from self.fut
        return result * 2


async def main():
    loop = asyncio.get_running_loop()
    print(await Ticket(loop, 3, 21), loop.time())
    f = loop.create_future()
    print("blocking flag:", f._asyncio_future_blocking)
    loop.call_later(1, f.set_result, None)
    await f
    print("blocking flag after:", f._asyncio_future_blocking)
    print("isfuture:", asyncio.isfuture(f), asyncio.isfuture(Ticket(loop, 0, 0)))


asyncio.run(main())
