# [seed] seed Q3: all_tasks() right after run_until_complete(main task) is empty with one task, but holds the longer task when there is one; cancelling + gather(return_exceptions=True) cleans it up
import asyncio
import time


async def main():
    print(f'{time.ctime()} Hello!')
    await asyncio.sleep(1.0)
    print(f'{time.ctime()} Goodbye!')


loop = asyncio.new_event_loop()
task = loop.create_task(main())
loop.run_until_complete(task)
pending = asyncio.all_tasks(loop=loop)
print("book version, pending:", pending)
loop.close()


async def longer_task():
    print("inside longer coroutine")
    await asyncio.sleep(2)


async def main2():
    print(f"{time.ctime()} Hello!")
    await asyncio.sleep(1.0)
    print(f"{time.ctime()} Goodbye!")


loop = asyncio.new_event_loop()
task1 = loop.create_task(main2())
task2 = loop.create_task(longer_task())
print("all_tasks before the loop runs:", len(asyncio.all_tasks(loop=loop)))
loop.run_until_complete(task1)
pending = asyncio.all_tasks(loop=loop)
print(pending)
for task in pending:
    task.cancel()
group = asyncio.gather(*pending, return_exceptions=True)
print("gather ->", loop.run_until_complete(group))
print("task2 cancelled:", task2.cancelled(), "time:", loop.time())
loop.close()
