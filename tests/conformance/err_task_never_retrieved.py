# exact-stderr
# A task that fails while nobody awaits it logs "Task exception was never retrieved" with its traceback when it is garbage collected.
import asyncio


async def doomed():
    await asyncio.sleep(1)
    raise ValueError("nobody will see this... except stderr")


async def main():
    asyncio.create_task(doomed())
    await asyncio.sleep(2)
    print("main finished without awaiting the task")


asyncio.run(main())
print("after run")
