# wait() argument errors: empty set, bad return_when, bare coroutines (TypeError in 3.11), a single future instead of an iterable.
import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    await t


asyncio.run(main())
