# Tasks are named Task-N from one global counter (the asyncio.run main task is Task-1); set_name/get_name; gather-created tasks get names too.
import asyncio


async def nop():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print("main:", me.get_name())
    t = asyncio.create_task(nop())
    u = asyncio.create_task(nop(), name="custom")
    print(t.get_name(), u.get_name())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(123)
    print(repr(t.get_name()))
    await asyncio.gather(nop(), nop())
    v = asyncio.ensure_future(nop())
    print("after gather of 2 coroutines:", v.get_name())
    f = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(nop())
    print("futures do not use the counter:", w.get_name())
    f.cancel()
    await asyncio.gather(t, u, v, w)


asyncio.run(main())
