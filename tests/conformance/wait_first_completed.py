# wait(FIRST_COMPLETED) returns as soon as one task is done; the rest stay pending and keep running.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("at", asyncio.get_running_loop().time())
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("at", asyncio.get_running_loop().time(), sorted(t.result() for t in done), len(pending))


asyncio.run(main())
