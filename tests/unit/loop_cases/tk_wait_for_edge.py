# [toolkit][wait_for][cancel] wait_for edges: the inner finishes exactly at the deadline, the outer task cancelled twice while the inner cleans up, an inner that ignores cancellation for a while
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    async def exact():
        await asyncio.sleep(1)
        return "exact"

    try:
        print("inner due at the deadline:", await asyncio.wait_for(exact(), 1))
    except TimeoutError:
        print("inner due at the deadline: TimeoutError")

    async def slow_cleanup(log):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("inner cancelled")
            await asyncio.sleep(2)
            log.append("inner cleaned up")
            raise

    log = []

    async def outer():
        return await asyncio.wait_for(slow_cleanup(log), 100)

    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel("first")
    await asyncio.sleep(1)
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer cancelled twice:", e.args, log, "at", loop.time())

    async def stubborn(log):
        for i in range(3):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                log.append(f"ignored cancel {i}")
        return "stubborn done"

    log = []
    start = loop.time()
    try:
        r = await asyncio.wait_for(stubborn(log), 1)
        print("ignoring inner:", r, log, "after", loop.time() - start)
    except TimeoutError:
        print("ignoring inner: TimeoutError", log)


asyncio.run(main())
