# Seed: tasks appear in all_tasks() as soon as create_task() returns, even before the loop runs; leftover work then finishes.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    print("job", n, "done at", asyncio.get_event_loop().time())
    return n * 10


loop = asyncio.new_event_loop()
tasks = [loop.create_task(job(n), name=f"job-{n}") for n in (3, 1, 2)]
print("all_tasks before run:", sorted(t.get_name() for t in asyncio.all_tasks(loop)))
print("running?", loop.is_running())
loop.run_until_complete(tasks[1])
left = asyncio.all_tasks(loop)
print("left:", sorted(t.get_name() for t in left))
print(loop.run_until_complete(asyncio.gather(*sorted(left, key=lambda t: t.get_name()))))
print("left now:", asyncio.all_tasks(loop))
loop.close()
