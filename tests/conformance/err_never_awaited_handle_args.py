# A coroutine passed as a callback's argument and never awaited is freed with the handle: CPython's
# _run_once keeps the handle it ran in its `handle` local until the next `handle =
# self._ready.popleft()` (asyncio/base_events.py:1907) or, for the last of the iteration's
# callbacks, the `handle = None` after the loop (base_events.py:1923), and warns from there.
import asyncio
import os
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    d = os.path.dirname(filename)
    print("warning:", (text.replace(d, "<asyncio>") if d.endswith("asyncio") else text).rstrip())


warnings.showwarning = show


async def helper(n):
    return n


def take(coro):
    print("took", coro.__qualname__)


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    loop.call_soon(take, helper(1))
    loop.call_soon(print, "next callback")
    await asyncio.sleep(0.1)
    loop.call_later(0.2, take, helper(2))
    await asyncio.sleep(1)
    h = loop.call_soon(take, helper(3))
    h.cancel()
    print("cancelled")
    await asyncio.sleep(0)
    return "done"


print(asyncio.run(main()))
