# create_task requires a coroutine: passing a coroutine function, a future or None raises TypeError.
import asyncio


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        asyncio.create_task(work)
    except TypeError as e:
        print("TypeError:", str(e).startswith("a coroutine was expected, got <function work at"))
    for bad in (loop.create_future(), None, 42):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)
    t = asyncio.create_task(work())
    print(await t)
    c = work()
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutinefunction(work))
    c.close()


asyncio.run(main())
