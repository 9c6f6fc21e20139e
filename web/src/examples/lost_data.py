# A result can be lost: the future completed, but the task awaiting it was cancelled before it resumed.
import asyncio


async def naive(fut):
    return await fut


async def careful(fut):
    try:
        return await asyncio.shield(fut)
    except asyncio.CancelledError:
        if fut.done() and not fut.cancelled():
            return fut.result()  # the data arrived: keep it and ignore the cancel
        fut.cancel()
        raise


async def race(waiter):
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(fut), name=waiter.__name__)
    await asyncio.sleep(0.1)
    fut.set_result("data")  # the result arrives...
    task.cancel()  # ...and a cancel comes in the same loop iteration
    try:
        print(f"{waiter.__name__}: returned {await task!r}")
    except asyncio.CancelledError:
        print(f"{waiter.__name__}: cancelled, and nobody took {fut.result()!r}")


async def main():
    await race(naive)
    await race(careful)


asyncio.run(main())
