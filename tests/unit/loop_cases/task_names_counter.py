# [task] Task-N names come from one process-wide counter: asyncio.run's main task, gather/ensure_future tasks; loop.create_task(name=) and Task(name=) use no number; later asyncio.run() calls continue it
import asyncio


async def nop():
    await asyncio.sleep(0)


async def main(label):
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(label, "main:", me.get_name())
    a = asyncio.create_task(nop())
    b = loop.create_task(nop(), name="named-by-loop.create_task-b")
    c = asyncio.create_task(nop())
    print(a.get_name(), "|", b.get_name(), "|", c.get_name())
    d = loop.create_task(nop(), name="named-by-loop.create_task")
    e = loop.create_task(nop())
    print(d.get_name(), "|", e.get_name())
    f = asyncio.Task(nop(), name="named-by-Task")
    g = asyncio.Task(nop())
    print(f.get_name(), "|", g.get_name())
    h = asyncio.ensure_future(nop())
    print("ensure_future:", h.get_name())
    await asyncio.gather(nop(), nop(), a, b)
    i = asyncio.create_task(nop())
    print("after gather of 2 coroutines:", i.get_name())
    try:
        asyncio.Task(42)
    except TypeError as exc:
        print("TypeError:", exc)
    j = asyncio.create_task(nop())
    print("a failed Task() does not use a number:", j.get_name())
    fut = loop.create_future()
    k = asyncio.create_task(nop())
    print("futures do not use the counter:", k.get_name())
    fut.cancel()
    k.set_name(3.5)
    print("set_name(3.5):", repr(k.get_name()))
    l = loop.create_task(nop(), name=123)
    print("name=123:", repr(l.get_name()))
    await asyncio.gather(c, d, e, f, g, h, i, j, k, l)


asyncio.run(main("first run"))
asyncio.run(main("second run"))
