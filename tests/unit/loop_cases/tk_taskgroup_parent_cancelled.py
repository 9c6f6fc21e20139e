# [toolkit][taskgroup][cancel] TaskGroup whose parent task is cancelled from outside: children are cancelled, __aexit__ waits, CancelledError (not an ExceptionGroup) propagates; a child error during that yields an ExceptionGroup
import asyncio


async def child(name, log, on_cancel=None):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        if on_cancel:
            raise on_cancel
        raise


async def parent(log, on_cancel=None):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", log))
            tg.create_task(child("b", log, on_cancel))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"parent sees CancelledError, cancelling={asyncio.current_task().cancelling()}")
        raise
    except ExceptionGroup as eg:
        log.append(f"parent sees ExceptionGroup {[repr(e) for e in eg.exceptions]}")
        raise


async def waiting_parent(log):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("c", log))
    log.append("not reached")


async def main():
    log = []
    p = asyncio.create_task(parent(log))
    await asyncio.sleep(1)
    p.cancel("outside")
    try:
        await p
    except asyncio.CancelledError as e:
        print("cancelled from outside:", e.args, log)

    log = []
    p = asyncio.create_task(parent(log, on_cancel=ValueError("during cancel")))
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except ExceptionGroup as eg:
        print("child error while cancelled:", [repr(e) for e in eg.exceptions], log, "task cancelled()", p.cancelled())

    log = []
    p = asyncio.create_task(waiting_parent(log))
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("cancelled while in __aexit__:", log, p.cancelled())


asyncio.run(main())
