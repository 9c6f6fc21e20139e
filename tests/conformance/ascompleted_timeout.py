# as_completed(timeout=) raises TimeoutError from the next await after the deadline; unfinished tasks keep running.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d)) for d in (1, 4, 2, 8)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=3):
            print("got", await fut, "at", loop.time())
    except asyncio.TimeoutError:
        print("TimeoutError at", loop.time())
    print("still pending:", sorted(t.get_name() for t in tasks if not t.done()))
    print("cancelled:", [t.cancelled() for t in tasks])
    await asyncio.gather(*tasks)
    print("all done at", loop.time())


asyncio.run(main())
