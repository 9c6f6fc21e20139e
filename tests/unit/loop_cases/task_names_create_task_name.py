# [task][.known-bug] asyncio.create_task(coro, name=N) creates the task unnamed (using a Task-N number) and renames it, unlike loop.create_task(coro, name=N) (tasks.py: create_task -> loop.create_task(coro); _set_task_name)
import asyncio


async def nop():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop(), name="named")
    c = asyncio.create_task(nop())
    print(a.get_name(), b.get_name(), c.get_name())
    d = loop.create_task(nop(), name="named-by-loop")
    e = asyncio.create_task(nop())
    print(d.get_name(), e.get_name())
    await asyncio.gather(a, b, c, d, e)


asyncio.run(main())
