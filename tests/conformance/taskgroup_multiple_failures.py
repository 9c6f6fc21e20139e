# Two children failing at different times: the second may never get to fail because it is cancelled; failures in the same iteration are both collected.
import asyncio


async def fail(n, exc):
    await asyncio.sleep(n)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, KeyError("k")))
            tg.create_task(fail(2, IndexError("i")))
    except* KeyError as eg:
        print("KeyError group:", eg.exceptions)
    except* IndexError as eg:
        print("not reached", eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, KeyError("first")))
            tg.create_task(fail(1, TypeError("second")))
    except* KeyError as eg:
        print("KeyError part:", eg.exceptions)
    except* TypeError as eg:
        print("TypeError part:", eg.exceptions)


asyncio.run(main())
