# Task.cancel(msg): the coroutine sees CancelledError(msg); awaiting the cancelled task raises CancelledError carrying the message.
import asyncio


async def worker():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError as e:
        print("worker sees:", repr(e), e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    u = asyncio.create_task(worker())
    await asyncio.sleep(0)
    u.cancel("first")
    u.cancel("second")
    await asyncio.gather(u, return_exceptions=True)


asyncio.run(main())
