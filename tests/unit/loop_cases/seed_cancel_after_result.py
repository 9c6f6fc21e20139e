# [seed][cancel] seed Q4: a wrapper task cancelled after the future it awaits got its result ends cancelled and the data is lost; shield + "was it done?" keeps the data
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = asyncio.Future()


async def wait():
    return await fut

task = asyncio.ensure_future(wait())


async def test():
    await asyncio.sleep(0.1)
    fut.set_result('data')
    print('fut', fut)
    print('task', task)
    task.cancel()
    await asyncio.sleep(0.1)
    print('fut', fut)
    print('task', task)

loop.run_until_complete(test())

# The version with a task in between.
data = []
fut_data = asyncio.Future()


async def get_data():
    while not data:
        await asyncio.shield(fut_data)
    return data.pop()


async def wrapper_data():
    task = asyncio.ensure_future(get_data())
    return await task


async def test2():
    task = asyncio.ensure_future(wrapper_data())
    await asyncio.sleep(0)
    data.append('data')
    fut_data.set_result(None)
    await asyncio.sleep(0)
    print('wrapper_data', task)
    task.cancel()
    await asyncio.sleep(0)
    print('wrapper_data', task)
    print('data', data)

loop.run_until_complete(test2())
loop.run_until_complete(asyncio.sleep(0))
loop.close()


# The answer: shield the future, and on cancellation return the data if it is there.
async def wait_fixed(fut):
    try:
        return await asyncio.shield(fut)
    except asyncio.CancelledError:
        if fut.done():
            # we've been canceled, but we have the data - ignore the cancel request
            return fut.result()
        # otherwise, propagate the cancellation into the future
        fut.cancel()
        # ...and to the caller
        raise


async def test_fixed():
    loop = asyncio.get_event_loop()
    fut = loop.create_future()
    task = asyncio.create_task(wait_fixed(fut))
    await asyncio.sleep(0.1)
    fut.set_result('data')
    print('fut', fut)
    print('task', repr(task).split(" wait_for=")[0], "waits on the shield's outer future:", task._fut_waiter is not fut)
    task.cancel()
    await asyncio.sleep(0.1)
    print('fut', fut)
    print('task', task)
    fut2 = loop.create_future()
    task2 = asyncio.create_task(wait_fixed(fut2))
    await asyncio.sleep(0.1)
    task2.cancel()
    await asyncio.sleep(0.1)
    print('not done yet -> both cancelled:', fut2.cancelled(), task2.cancelled())

asyncio.run(test_fixed())
