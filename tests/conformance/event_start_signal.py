# Using an Event as a start signal for workers and a second Event to announce completion.
import asyncio


async def worker(i, go, done, results):
    await go.wait()
    await asyncio.sleep(i * 0.5)
    results.append(i)
    if len(results) == 3:
        done.set()


async def main():
    go, done = asyncio.Event(), asyncio.Event()
    results = []
    ts = [asyncio.create_task(worker(i, go, done, results)) for i in (3, 1, 2)]
    await asyncio.sleep(10)
    print("nothing yet:", results)
    go.set()
    await done.wait()
    print(results, asyncio.get_running_loop().time())
    await asyncio.gather(*ts)


asyncio.run(main())
