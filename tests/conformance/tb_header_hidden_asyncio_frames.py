# An exception raised inside asyncio's own coroutines (Python code in CPython) has a traceback
# even when no frame of the program is in it: its "Traceback (most recent call last):" header is
# printed. The frames themselves are stdlib ones, so only the unindented lines are compared.
import asyncio
import traceback


def outline(exc):
    text = "".join(traceback.format_exception(exc))
    return [line for line in text.splitlines() if line and not line.startswith(" ")]


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(10), 1)
    except TimeoutError as e:
        print(outline(e))

    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        await asyncio.wait_for(q.put(2), 0.5)
    except TimeoutError as e:
        print(outline(e))

    try:
        await asyncio.sleep(-1, result=None) or await asyncio.wait_for(asyncio.sleep("x"), 1)
    except TypeError as e:
        print(outline(e))


asyncio.run(main())
