# wait(timeout=) returns (done, pending) at the deadline without cancelling anything and without raising.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 10, 20)]
    done, pending = await asyncio.wait(tasks, timeout=5)
    print(loop.time(), sorted(t.result() for t in done), len(pending))
    print("pending cancelled?", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=0)
    print(loop.time(), len(done), len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(loop.time(), sorted(t.cancelled() for t in done))


asyncio.run(main())
