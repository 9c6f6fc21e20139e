# The ExceptionGroup raised by a TaskGroup: its message, str(), repr and how except ExceptionGroup sees it.
import asyncio


async def fail(n):
    await asyncio.sleep(n)
    raise RuntimeError(f"fail {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", str(eg), "|", repr(eg))
        print("message:", eg.message, "count:", len(eg.exceptions))
        print("split:", eg.split(RuntimeError)[0] is not None)


asyncio.run(main())
