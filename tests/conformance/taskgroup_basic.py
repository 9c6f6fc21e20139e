# TaskGroup waits for all children at the end of the async with block; results are read from the tasks.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n * 100


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(3), name="three")
        print("inside block at", loop.time(), t2.get_name())
    print("after block at", loop.time(), t1.result(), t2.result())


asyncio.run(main())
