# Cancelling the task blocked in wait() does not cancel the awaited tasks.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def waiter(tasks):
    try:
        await asyncio.wait(tasks)
    except asyncio.CancelledError:
        print("waiter cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (2, 4)]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("tasks cancelled?", [t.cancelled() for t in tasks])
    print(await asyncio.gather(*tasks), asyncio.get_running_loop().time())


asyncio.run(main())
