# exact-stderr
# [toolkit][gather][wait][taskgroup] exceptions nobody retrieves: gather marks its children's later failures retrieved, and so does a TaskGroup; wait() does not (the loop reports it when the task is collected)
import asyncio
import gc


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise ValueError(name)


async def main():
    try:
        await asyncio.gather(fail("first", 1), fail("second", 2))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(2)
    gc.collect()
    print("no report for the second failure")
    done, _ = await asyncio.wait([asyncio.create_task(fail("unretrieved", 1))])
    del done
    gc.collect()
    await asyncio.sleep(0)
    print("after wait")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("in group", 1))
            tg.create_task(fail("in group too", 1))
    except ExceptionGroup as eg:
        print("group:", [str(e) for e in eg.exceptions])
    gc.collect()
    await asyncio.sleep(0)
    print("no report for the group's children")


asyncio.run(main())
