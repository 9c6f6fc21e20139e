import asyncio
import functools


def on_done(name, fut):
    if fut.cancelled():
        print(f"{name}: cancelled")
    elif (exc := fut.exception()) is not None:
        print(f"{name}: failed with {exc!r}")
    else:
        print(f"{name}: result {fut.result()}")


async def job(x):
    await asyncio.sleep(x / 100)
    if x % 2:
        raise RuntimeError(f"odd {x}")
    return x


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    tasks = []
    for i in range(4):
        t = asyncio.create_task(job(i))
        t.add_done_callback(functools.partial(on_done, f"job{i}"))
        tasks.append(t)
    tasks[-1].cancel()
    await asyncio.wait(tasks)


asyncio.run(main())
