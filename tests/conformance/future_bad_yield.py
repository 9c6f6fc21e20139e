# A coroutine that yields a non-future through a custom awaitable: the task fails with RuntimeError naming the bad yield.
import asyncio


class Bad:
    def __await__(self):
        yield "not a future"


async def main():
    t = asyncio.create_task(uses_bad())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)


async def uses_bad():
    await Bad()


asyncio.run(main())
