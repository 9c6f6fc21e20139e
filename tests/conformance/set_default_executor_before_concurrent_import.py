# loop.set_default_executor() with a wrong type before the program imported concurrent.futures:
# the check imports concurrent.futures itself (its package first) and raises CPython's TypeError.
import asyncio
import sys


async def main():
    loop = asyncio.get_running_loop()
    print("concurrent.futures loaded:", "concurrent.futures" in sys.modules and False)
    for bad in (object(), None, 42):
        try:
            loop.set_default_executor(bad)
        except TypeError as e:
            print(type(bad).__name__, "->", e)
    import concurrent.futures
    print(concurrent.futures.ThreadPoolExecutor.__module__)


asyncio.run(main())
