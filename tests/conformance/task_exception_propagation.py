# An exception inside a task is stored; awaiting it re-raises the same object; exception() returns it; the traceback goes through the task.
import asyncio
import traceback


async def level2():
    await asyncio.sleep(1)
    raise KeyError("deep")


async def level1():
    await level2()


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(2)
    print(t.done(), repr(t.exception()))
    try:
        await t
    except KeyError as e:
        print("same object:", e is t.exception())
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        print("frames:", names)


asyncio.run(main())
