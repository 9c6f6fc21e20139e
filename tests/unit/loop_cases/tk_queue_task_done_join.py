# [toolkit][queue] Queue.join() waits until task_done() was called for every item put; task_done() once too often is a ValueError; join() on a fresh queue returns at once
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    await q.join()
    print("join on a fresh queue returns at once")
    try:
        q.task_done()
    except ValueError as e:
        print("task_done too often:", e)

    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(item)
            print(f"  {name} finished item {item} at {loop.time()}")
            q.task_done()

    for item in (3, 1, 2, 1):
        q.put_nowait(item)
    print("unfinished after puts:", q._unfinished_tasks, "str:", str(q))
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await q.join()
    print("join returned at", loop.time(), "qsize", q.qsize())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    q.put_nowait(1)
    q.get_nowait()
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("join waits while an item is not done:", not j.done())
    q.task_done()
    await asyncio.sleep(0)
    print("join done after task_done:", j.done())
    try:
        q.task_done()
    except ValueError as e:
        print("and once more:", e)


asyncio.run(main())
