# join() waits until task_done() was called for every item; too many task_done() calls raise ValueError.
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        log.append((name, item, asyncio.get_running_loop().time()))
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for d in (3, 1, 2, 1):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("joined at", asyncio.get_running_loop().time())
    for entry in log:
        print(entry)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on a finished queue returns at once")


asyncio.run(main())
