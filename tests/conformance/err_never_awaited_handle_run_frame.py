# A coroutine never awaited warns from the frame running when it is freed: the program's (helper(3) in
# main, helper(4) in a call_soon callback), or, when it dies with the frame of a task's coroutine
# after that frame has finished, CPython's Handle._run frame: asyncio/events.py:80 with that line
# of source. The default filter shows a location once: main's own leftover coroutine, freed at the
# same place, says nothing.
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


async def child():
    c = helper(1)
    await asyncio.sleep(0)
    return "child done"


async def main():
    kept = helper(2)
    helper(3)

    def cb():
        helper(4)
        print("cb ran")

    loop = asyncio.get_running_loop()
    loop.call_soon(cb)
    print(await asyncio.create_task(child()))
    await asyncio.sleep(0)
    print("main ends")
    return "done"


print(asyncio.run(main()))
