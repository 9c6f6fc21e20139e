# [toolkit][taskgroup][cancel] TaskGroup and BaseException: SystemExit/KeyboardInterrupt in the body is re-raised bare over child errors; another BaseException subclass ends up in a BaseExceptionGroup; SystemExit in a child escapes the loop
import asyncio


class MyBaseExc(BaseException):
    pass


async def raise_after(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("sleeper cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log))
            tg.create_task(raise_after(MyBaseExc("child base"), 1))
    except BaseExceptionGroup as eg:
        print("child BaseException subclass:", type(eg).__name__, [repr(e) for e in eg.exceptions], log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(ValueError("plain"), 1))
            tg.create_task(raise_after(MyBaseExc("base"), 2))
            tg.create_task(raise_after(ValueError("plain2"), 1))
    except BaseExceptionGroup as eg:
        print("mixed group:", type(eg).__name__, [repr(x) for x in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(ValueError("plain"), 1))
            await asyncio.sleep(0.5)
            raise KeyboardInterrupt("body base")
    except KeyboardInterrupt as e:
        print("body KeyboardInterrupt re-raised bare:", repr(e))
    except ExceptionGroup as eg:
        print("group:", [repr(x) for x in eg.exceptions])
    print("cancelling():", asyncio.current_task().cancelling())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(SystemExit(3), 1))
            await asyncio.sleep(5)
    except SystemExit as e:
        print("main catches it while asyncio.run cancels the leftover tasks:", e)


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped asyncio.run:", e.code)
