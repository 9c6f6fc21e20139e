# wait(FIRST_EXCEPTION) returns when a task raises; wait() never raises the tasks' exceptions itself.
import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")


async def main():
    tasks = {asyncio.create_task(ok(1)), asyncio.create_task(bad(2)), asyncio.create_task(ok(5))}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("time", asyncio.get_running_loop().time(), "done", len(done), "pending", len(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", "exception" if t.exception() else "result", t.exception() or t.result())
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception: waited for all", asyncio.get_running_loop().time(), len(done), len(pending))


asyncio.run(main())
