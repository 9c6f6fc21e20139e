# asynccontextmanager around awaits, traceback.format_exc inside a task, contextlib.suppress of CancelledError
import asyncio
import contextlib
import time
import traceback
@contextlib.asynccontextmanager
async def timed(name):
    start = time.monotonic()
    try:
        yield
    finally:
        print(f'{name} took {time.monotonic() - start:.2f}s')
async def failing():
    await asyncio.sleep(0.1)
    raise KeyError('gone')
async def main():
    async with timed('sleeps'):
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.25)
    try:
        await failing()
    except KeyError:
        print(traceback.format_exc().splitlines()[-1])
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    print('cancelled:', task.cancelled(), time.monotonic())
asyncio.run(main())
