# [toolkit][taskgroup][cancel] TaskGroup: the first failing child cancels its siblings and the body; __aexit__ waits for all of them, then raises an ExceptionGroup holding the failure
import asyncio


async def child(name, delay, log, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        await asyncio.sleep(0.5)
        log.append(f"{name} cleaned up")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    log.append(f"{name} done")
    return name


async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            quick = tg.create_task(child("quick", 0.5, log))
            slow = tg.create_task(child("slow", 10, log))
            bad = tg.create_task(child("bad", 1, log, fail=True))
            print("repr inside:", repr(tg))
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                log.append(f"body cancelled, cancelling={asyncio.current_task().cancelling()}")
                raise
    except* ValueError as eg:
        print("ExceptionGroup:", repr(eg.exceptions), "message:", eg.message)
        print("  is ExceptionGroup:", type(eg).__name__)
    print("after", loop.time(), log)
    print("quick result:", quick.result(), "slow cancelled:", slow.cancelled(), "bad:", repr(bad.exception()))
    print("task cancelling() after the group:", asyncio.current_task().cancelling())
    print("repr after:", repr(tg))


asyncio.run(main())
