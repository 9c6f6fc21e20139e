# [toolkit][wait] wait() argument errors: an empty set, an unknown return_when, a single future instead of an iterable, a bare coroutine
import asyncio


async def job():
    await asyncio.sleep(1)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("empty:", e)
    f = loop.create_future()
    try:
        await asyncio.wait([f], return_when="SOMETIMES")
    except ValueError as e:
        print("bad return_when:", e)
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print("single future:", e)
    c = job()
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("bare coroutine:", e)
    c.close()
    f.cancel()


asyncio.run(main())
