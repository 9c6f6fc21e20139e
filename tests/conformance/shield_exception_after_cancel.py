# When the shielded inner task fails after the outer was cancelled, its exception must be retrieved or it is logged.
import asyncio


async def inner():
    await asyncio.sleep(2)
    raise RuntimeError("failed while nobody was waiting")


async def caller(t):
    await asyncio.shield(t)


async def main():
    t = asyncio.create_task(inner(), name="inner")
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    await asyncio.sleep(2)
    print("inner done:", t.done(), "exception:", repr(t.exception()))


asyncio.run(main())
