# An exception in the body of the async with cancels all children and is raised inside an ExceptionGroup.
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(n)
        log.append(f"child {n} done")
    except asyncio.CancelledError:
        log.append(f"child {n} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(5))
            await asyncio.sleep(2)
            raise LookupError("body failed")
    except* LookupError as eg:
        print("got", eg.exceptions, "at", asyncio.get_running_loop().time())
    print(sorted(log))


asyncio.run(main())
