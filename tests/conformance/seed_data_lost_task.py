# Seed: data consumed by an inner task is lost when the wrapper awaiting that task is cancelled in the same loop iteration.
import asyncio

data = []


async def get_data(ready):
    while not data:
        await asyncio.shield(ready)
    return data.pop()


async def wrapper_data(ready):
    task = asyncio.ensure_future(get_data(ready))
    return await task


async def test():
    ready = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(wrapper_data(ready))
    await asyncio.sleep(0)
    data.append("data")
    ready.set_result(None)
    await asyncio.sleep(0)
    print("wrapper_data", task)
    task.cancel()
    await asyncio.sleep(0)
    print("wrapper_data", task)
    print("data", data)
    inner = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("other tasks still alive:", len(inner))


asyncio.run(test())
