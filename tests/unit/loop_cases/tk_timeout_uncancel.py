# [toolkit][timeout][cancel] timeout and Task.uncancel(): an external cancel() during the body wins over the timeout; a swallowed external cancel; cancelling() counts across expiry
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    async def body(log):
        try:
            async with asyncio.timeout(5) as cm:
                await asyncio.sleep(10)
        except TimeoutError:
            log.append("TimeoutError")
        except asyncio.CancelledError:
            log.append(f"CancelledError, expired={cm.expired()}, cancelling={asyncio.current_task().cancelling()}")
            raise

    log = []
    t = asyncio.create_task(body(log))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("external cancel inside timeout:", log, "task cancelled", t.cancelled())

    log = []
    t = asyncio.create_task(body(log))
    await asyncio.sleep(5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("external cancel at the deadline:", log)

    async def expires_then_cancelled(log):
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(10)
        except TimeoutError:
            log.append(f"timed out, cancelling={asyncio.current_task().cancelling()}")
        await asyncio.sleep(5)
        log.append("not reached")

    log = []
    t = asyncio.create_task(expires_then_cancelled(log))
    await asyncio.sleep(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("timed out and later cancelled:", log)

    async def double_cancel():
        task = asyncio.current_task()
        try:
            async with asyncio.timeout(1):
                task.cancel()
                await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("self-cancel before expiry -> CancelledError, cancelling", task.cancelling())
            raise

    t = asyncio.create_task(double_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
