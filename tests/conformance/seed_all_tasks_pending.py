# Seed: a longer task is still pending after run_until_complete(main); cancel all_tasks() and gather(return_exceptions=True).
import asyncio
import time


async def longer_task():
    print("inside longer coroutine")
    try:
        await asyncio.sleep(2)
        print("longer_task finished")
    except asyncio.CancelledError:
        print("longer_task cancelled at", time.ctime())
        raise


async def main():
    print(f"{time.ctime()} Hello!")
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")
    return "main-result"


loop = asyncio.new_event_loop()
task1 = loop.create_task(main())
task2 = loop.create_task(longer_task())
print("before start:", sorted(t.get_name() for t in asyncio.all_tasks(loop=loop)))
print(loop.run_until_complete(task1))
pending = asyncio.all_tasks(loop=loop)
print("pending:", sorted(t.get_name() for t in pending))
print(task2)
for t in pending:
    t.cancel()
group = asyncio.gather(*pending, return_exceptions=True)
results = loop.run_until_complete(group)
print("results:", [type(r).__name__ for r in results])
print("task2 cancelled:", task2.cancelled())
loop.close()
