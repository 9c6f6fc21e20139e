# The recursion limit in an executor job counts the job's own frames (over the worker thread's frames
# below it, and Context.run for to_thread), not the frames of the thread that submitted it.
import asyncio, sys
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n
async def deep(n):
    if n == 0:
        return await asyncio.to_thread(f, 0)
    return await deep(n - 1)
async def main():
    print(await asyncio.to_thread(f, 0))
    print(await deep(50))
    print(await asyncio.get_running_loop().run_in_executor(None, f, 0))
    print(f(0))
asyncio.run(main())
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as ex:
    print(ex.submit(f, 0).result())
