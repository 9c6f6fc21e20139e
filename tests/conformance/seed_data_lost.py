# Seed: a wrapper task cancelled right after the future it awaits got its result: the task ends cancelled and the data is lost.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = loop.create_future()


async def wait():
    return await fut


task = loop.create_task(wait())


async def test():
    await asyncio.sleep(0.1)
    fut.set_result("data")
    print("fut", fut)
    print("task", task)
    print("cancel() returned", task.cancel())
    await asyncio.sleep(0.1)
    print("fut", fut)
    print("task", task)
    print("task.cancelled():", task.cancelled())


loop.run_until_complete(test())
loop.close()
