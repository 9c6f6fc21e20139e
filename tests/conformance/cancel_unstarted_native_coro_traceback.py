# A task cancelled before its first step has the CancelledError thrown into its coroutine: in
# CPython that enters the coroutine's frame (asyncio.sleep is Python code), so the exception has a
# traceback and is printed with its "Traceback (most recent call last):" header, both by the
# "exception was never retrieved" log of a cancelled gather and by traceback.format_exception.
import asyncio
import traceback


def outline(exc):
    text = "".join(traceback.format_exception(exc))
    return [line for line in text.splitlines() if line and not line.startswith(" ")]


async def main():
    t = asyncio.create_task(asyncio.sleep(5))
    t.cancel("before start")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited:", outline(e))
    print("result():", t.cancelled())

    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    g.cancel("outer")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("gather done:", g.done(), repr(g))
    del g
    print("main ends")


asyncio.run(main())
