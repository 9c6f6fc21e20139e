# [toolkit][taskgroup] TaskGroup ExceptionGroup contents: several children failing in the same iteration, errors raised while being cancelled, the body's own exception; CancelledErrors are never included
import asyncio


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise ValueError(name)


async def fail_on_cancel(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError(name)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", 1))
            tg.create_task(fail("two", 1))
            tg.create_task(fail("three", 2))
    except ExceptionGroup as eg:
        print("same iteration:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("first", 1))
            tg.create_task(fail_on_cancel("on-cancel"))
    except ExceptionGroup as eg:
        print("raised while cancelled:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_on_cancel("sibling"))
            await asyncio.sleep(1)
            raise ZeroDivisionError("body")
    except ExceptionGroup as eg:
        print("body raises:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(fail("late", 5))
            await asyncio.sleep(1)
            raise ZeroDivisionError("body only")
    except ExceptionGroup as eg:
        print("body raises, child cancelled:", [repr(e) for e in eg.exceptions], t.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("x", 1))
            tg.create_task(fail("y", 2))
    except* KeyError:
        print("not reached")
    except* ValueError as eg:
        print("except* ValueError:", [str(e) for e in eg.exceptions])

    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(asyncio.sleep(i, i)) for i in range(3)]
    print("all succeed:", [t.result() for t in ts])


asyncio.run(main())
