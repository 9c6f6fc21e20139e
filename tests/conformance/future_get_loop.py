# get_loop() of futures and tasks; a Future created with an explicit loop; futures are not thread-safe but awaited cross-task.
import asyncio


async def setter(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.Future()
    g = asyncio.Future(loop=loop)
    print(f.get_loop() is loop, g.get_loop() is loop)
    t = asyncio.create_task(setter(f, 2, "two"))
    print(t.get_loop() is loop)
    asyncio.create_task(setter(g, 1, "one"))
    print(await g, loop.time())
    print(await f, loop.time())
    print(t.done(), t.result())


asyncio.run(main())
