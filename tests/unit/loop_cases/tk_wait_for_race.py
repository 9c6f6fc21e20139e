# [toolkit][wait_for][cancel] 3.11 wait_for races: the outer task is cancelled in the same iteration the inner finishes -> the result is returned and the cancellation lost; an inner that swallows the timeout's cancellation makes wait_for return its value
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    inner = loop.create_future()

    async def outer():
        return await asyncio.wait_for(inner, 10)

    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    inner.set_result("inner value")
    t.cancel()
    try:
        r = await t
        print("outer cancelled as inner completes: returned", r, "cancelled()", t.cancelled(),
              "cancelling()", t.cancelling())
    except asyncio.CancelledError:
        print("outer cancelled as inner completes: CancelledError")

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"

    print("inner swallows the timeout:", await asyncio.wait_for(stubborn(), 1), "at", loop.time())

    async def failing_cleanup():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise RuntimeError("cleanup failed")

    try:
        await asyncio.wait_for(failing_cleanup(), 1)
    except RuntimeError as e:
        print("inner raises during the timeout's cancellation:", repr(e))

    inner2 = asyncio.create_task(asyncio.sleep(5, "late"))

    async def outer2():
        try:
            return await asyncio.wait_for(inner2, 10)
        except asyncio.CancelledError:
            print("outer2 cancelled, inner2 cancelled too:", inner2.cancelled())
            raise

    t = asyncio.create_task(outer2())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer2 cancelled():", t.cancelled(), "at", loop.time())


asyncio.run(main())
