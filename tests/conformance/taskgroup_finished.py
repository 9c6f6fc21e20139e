# create_task on a TaskGroup before entering / after it finished raises RuntimeError; 3.11 leaves the coroutine unawaited (RuntimeWarning).
import asyncio


async def job():
    return 1


async def main():
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job())
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with tg:
        tg.create_task(job())
    try:
        tg.create_task(job())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
