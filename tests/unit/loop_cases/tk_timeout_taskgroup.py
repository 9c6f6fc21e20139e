# [toolkit][timeout][taskgroup][cancel] a timeout around a TaskGroup: expiry cancels the body and every child, the group re-raises CancelledError and the timeout turns it into TimeoutError; a child failing during that makes an ExceptionGroup win; TaskGroup inside wait_for
import asyncio


async def child(name, log, on_cancel=None):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        if on_cancel:
            raise on_cancel
        raise


async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        async with asyncio.timeout(1) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("a", log))
                tg.create_task(child("b", log))
    except TimeoutError as e:
        print("timeout around a group: TimeoutError at", loop.time(), sorted(log), "expired", cm.expired(),
              "cause", type(e.__cause__).__name__)
    print("cancelling():", asyncio.current_task().cancelling())

    log = []
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("c", log, ValueError("cleanup failed")))
                tg.create_task(child("d", log))
    except TimeoutError:
        print("not a TimeoutError")
    except ExceptionGroup as eg:
        print("child fails while timing out:", [repr(e) for e in eg.exceptions], sorted(log))
    print("cancelling():", asyncio.current_task().cancelling())

    async def group_body(log):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("e", log))
            tg.create_task(child("f", log))

    log = []
    try:
        await asyncio.wait_for(group_body(log), 2)
    except TimeoutError:
        print("group in wait_for: TimeoutError at", loop.time(), sorted(log))

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            async def timed_child():
                async with asyncio.timeout(1):
                    await asyncio.sleep(5)
            tg.create_task(timed_child())
            tg.create_task(child("g", log))
    except ExceptionGroup as eg:
        print("timeout inside a child:", [type(e).__name__ for e in eg.exceptions], log)

    q = asyncio.Queue()
    q.put_nowait(1)
    try:
        async with asyncio.timeout(1):
            await q.join()
    except TimeoutError:
        print("join under a timeout: TimeoutError, unfinished", q._unfinished_tasks)
    ev = asyncio.Event()
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                for i in range(3):
                    tg.create_task(ev.wait())
    except TimeoutError:
        r = repr(ev)
        print("event waiters after the timeout:", r[r.index("["):])


asyncio.run(main())
