# A failing child cancels its siblings and the block; the TaskGroup raises an ExceptionGroup with the failure.
import asyncio

cancelled = []


async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"child {n} failed")


async def long(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long("a"))
            tg.create_task(fail(2))
            tg.create_task(long("b"))
            try:
                await asyncio.sleep(50)
            except asyncio.CancelledError:
                print("body cancelled at", loop.time())
                raise
    except* ValueError as eg:
        print("caught", type(eg).__name__, eg.exceptions)
    print("siblings cancelled:", sorted(cancelled))


asyncio.run(main())
