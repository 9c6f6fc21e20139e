# [toolkit][timeout] timeout_at(): an absolute deadline on loop.time(); a deadline already past expires at the first await; a timeout outside a task is a RuntimeError
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(3)
    deadline = loop.time() + 2
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when equals the deadline:", cm.when() == deadline, cm.when())
            await asyncio.sleep(5)
    except TimeoutError:
        print("expired at", loop.time())

    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print("past deadline: body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline expired at", loop.time(), "expired()", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("no await in the body")
        print("past deadline without an await: no error")
    except TimeoutError:
        print("past deadline without an await: TimeoutError")

    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0): TimeoutError at", loop.time())


    def outside():
        cm = asyncio.timeout(1)
        try:
            cm.__aenter__().send(None)
        except RuntimeError as e:
            print("in a callback, outside a task:", e)

    loop.call_soon(outside)
    await asyncio.sleep(0)


asyncio.run(main())
