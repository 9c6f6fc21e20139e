# An event loop never closed warns when it is collected, as BaseEventLoop.__del__ does: a
# ResourceWarning "unclosed event loop <repr>" (ignored by default: shown here with an "always"
# filter) from asyncio/base_events.py:692, and the loop closes itself, releasing the callbacks
# still scheduled on it. A closed loop, or one whose warning is filtered out, says nothing.
import asyncio
import gc
import os
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print("warning:", text.replace(os.path.dirname(filename), "<asyncio>").rstrip())


class Arg:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("arg freed", self.n)


async def work():
    await asyncio.sleep(0)
    return "worked"


warnings.showwarning = show
gc.collect()
loop = asyncio.new_event_loop()
loop.call_soon(print, Arg(1))
loop.call_later(10, print, Arg(2))
del loop
print("dropped")
gc.collect()
print("collected")

with warnings.catch_warnings():
    warnings.simplefilter("always")
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(work()))
    loop.call_soon(print, Arg(3))
    del loop
    gc.collect()
    print("collected with always")

    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(work()))
    loop.close()
    del loop
    gc.collect()
    print("closed loop collected")
