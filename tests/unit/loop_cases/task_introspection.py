# [task] get_coro, current_task (inside a task, in a callback, with no running loop), all_tasks (pending only, per loop), asyncio.Task is the C Task
import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


def in_callback(loop):
    print("current_task in a callback:", asyncio.current_task(loop))


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print("current_task is main:", me.get_coro().__name__, asyncio.current_task(loop) is me)
    c = child(1)
    t = asyncio.create_task(c, name="c1")
    print("get_coro is the coroutine:", t.get_coro() is c)
    ts = [asyncio.create_task(child(i), name=f"c{i}") for i in (2, 3)]
    names = sorted(x.get_name() for x in asyncio.all_tasks())
    print("all_tasks:", names, "len:", len(asyncio.all_tasks(loop)))
    loop.call_soon(in_callback, loop)
    await asyncio.sleep(1.5)
    print("after c1 done:", sorted(x.get_name() for x in asyncio.all_tasks()))
    print("type:", type(asyncio.all_tasks()).__name__)
    seen = []

    async def who():
        seen.append(asyncio.current_task().get_name())

    await asyncio.gather(asyncio.create_task(who(), name="w1"), asyncio.create_task(who(), name="w2"))
    print("current_task inside children:", seen)
    await asyncio.gather(*ts)
    print("at the end:", [x.get_name() for x in asyncio.all_tasks()])
    print("coro after done:", t.get_coro() is c)


try:
    asyncio.current_task()
except RuntimeError as e:
    print("no running loop:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("all_tasks with no running loop:", e)
loop = asyncio.new_event_loop()
print("current_task(loop) when not running:", asyncio.current_task(loop))
pending = loop.create_task(child(0), name="created-before-run")
print("all_tasks(loop) before running:", [x.get_name() for x in asyncio.all_tasks(loop)])
loop.run_until_complete(main())
loop.run_until_complete(pending)
print("all_tasks(loop) after:", asyncio.all_tasks(loop))
print(asyncio.Task.__module__, asyncio.Future.__module__, asyncio.Task.__mro__[1].__name__)
loop.close()
