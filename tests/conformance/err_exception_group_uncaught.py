# An uncaught ExceptionGroup from a TaskGroup prints the grouped traceback with box drawing and exits 1.
import asyncio


async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(1))


asyncio.run(main())
