# Nested TaskGroups: a failure in the inner group propagates as a nested ExceptionGroup and cancels the outer group's tasks.
import asyncio

log = []


async def fail():
    await asyncio.sleep(1)
    raise ValueError("inner failure")


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())
        tg.create_task(sleeper("inner-sibling"))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(sleeper("outer-sibling"))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)
    print(sorted(log))


asyncio.run(main())
