# Cancelling the task that iterates as_completed: the CancelledError surfaces at its await, the awaited tasks keep running.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def consumer(tasks, got):
    try:
        for fut in asyncio.as_completed(tasks):
            got.append(await fut)
    except asyncio.CancelledError:
        print("consumer cancelled at", asyncio.get_running_loop().time(), "after", got)
        raise


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (1, 2, 3)]
    got = []
    c = asyncio.create_task(consumer(tasks, got))
    await asyncio.sleep(1.5)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("tasks cancelled?", [t.cancelled() for t in tasks])
    print(await asyncio.gather(*tasks), asyncio.get_running_loop().time())


asyncio.run(main())
