# asyncio.run() from inside a running loop raises RuntimeError (and the passed coroutine is never awaited).
import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    r = asyncio.Runner()
    c = inner()
    try:
        r.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    r.close()


asyncio.run(main())
