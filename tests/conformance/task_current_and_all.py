# current_task() inside tasks and outside the loop; all_tasks() includes only pending tasks of the running loop.
import asyncio


async def child(n):
    me = asyncio.current_task()
    await asyncio.sleep(n)
    return me.get_name()


async def main():
    tasks = [asyncio.create_task(child(n), name=f"child-{n}") for n in (1, 2, 3)]
    print("all:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[0]
    print("after 1:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("results:", await asyncio.gather(*tasks))
    print("current is main:", asyncio.current_task().get_name())
    print("all at end:", [t.get_name() for t in asyncio.all_tasks()])


try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside loop:", e)
asyncio.run(main())
