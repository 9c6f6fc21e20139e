# warnings.warn(..., stacklevel=2) in a task's coroutine or a loop callback names the caller
# CPython has there: Handle._run (asyncio/events.py:80), module asyncio.events -- so the default
# filters ignore a DeprecationWarning (not __main__'s), and the 'default' action's registry is
# asyncio.events'. Deeper or shallower stack levels name the program's frames.
import asyncio
import os
import sys
import warnings


def deprecated_api(level):
    warnings.warn(f"old api (stacklevel={level})", DeprecationWarning, stacklevel=level)


async def coro_user():
    warnings.warn("from a coroutine", UserWarning, stacklevel=2)
    await asyncio.sleep(0)
    warnings.warn("after an await", UserWarning, stacklevel=2)
    deprecated_api(2)
    deprecated_api(3)


def callback():
    warnings.warn("from a callback", UserWarning, stacklevel=2)
    warnings.warn("from a callback, level 1", UserWarning, stacklevel=1)


async def main():
    loop = asyncio.get_running_loop()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await asyncio.create_task(coro_user())
        loop.call_soon(callback)
        await asyncio.sleep(0)
    for w in caught:
        print(f"{os.path.basename(w.filename)}:{w.lineno} {w.category.__name__}: {w.message}")
    # default filters: the DeprecationWarning attributed to asyncio.events is ignored
    await asyncio.create_task(coro_user())
    print("asyncio.events registry:", "__warningregistry__" in vars(sys.modules["asyncio.events"]))


asyncio.run(main())
