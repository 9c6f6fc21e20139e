# [toolkit][taskgroup][cancel] nested TaskGroups: an inner failure is an ExceptionGroup inside the outer group; the outer group's failure cancels an inner group's body; uncancel() leaves cancelling() at 0
import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def inner_group(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(10))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"inner group cancelled, cancelling={asyncio.current_task().cancelling()}")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            async with asyncio.TaskGroup() as inner:
                inner.create_task(fail("deep", 1))
    except ExceptionGroup as eg:
        print("nested in the body:", repr(eg))
    print("cancelling() leaks in 3.11 (child failed while __aexit__ waited):", asyncio.current_task().cancelling())

    try:
        async with asyncio.TaskGroup() as outer:
            async def run_inner():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(fail("deep task", 1))
            outer.create_task(run_inner())
    except ExceptionGroup as eg:
        print("nested in a task:", repr(eg))

    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group(log))
            outer.create_task(fail("outer child", 1))
    except ExceptionGroup as eg:
        print("outer failure cancels the inner group:", repr(eg), log)
    print("cancelling() in main:", asyncio.current_task().cancelling())

    async def body_catches():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail("x", 1))
                await asyncio.sleep(10)
        except ExceptionGroup:
            pass
        print("after the group, cancelling()", asyncio.current_task().cancelling())
        await asyncio.sleep(1)
        return "task carries on"

    print(await asyncio.create_task(body_catches()))


asyncio.run(main())
