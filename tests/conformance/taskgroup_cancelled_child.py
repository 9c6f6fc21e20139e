# A child cancelled from outside does not fail the TaskGroup: its CancelledError is not collected and the others finish.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(1))
        b = tg.create_task(job(100))
        c = tg.create_task(job(3))
        await asyncio.sleep(2)
        b.cancel()
    print(a.result(), b.cancelled(), c.result(), asyncio.get_running_loop().time())


asyncio.run(main())
