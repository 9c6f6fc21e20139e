# [toolkit][timeout][cancel] asyncio.timeout(): expiry cancels the body and raises TimeoutError chained from the CancelledError; expired() and when(); repr in each state; the cleanup of the body runs first
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(2)
    print("created:", repr(cm), "when", cm.when(), "expired", cm.expired())
    log = []
    try:
        async with cm:
            print("entered:", repr(cm), "when", cm.when())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError as e:
                log.append(f"body cancelled {e.args}")
                raise
    except TimeoutError as e:
        print("TimeoutError at", loop.time(), "cause", type(e.__cause__).__name__, "context is cause",
              e.__context__ is e.__cause__, log)
    print("after expiry:", repr(cm), "expired", cm.expired())
    print("task cancelling() after expiry:", asyncio.current_task().cancelling())

    cm = asyncio.timeout(5)
    async with cm:
        await asyncio.sleep(1)
    print("finished in time:", repr(cm), "expired", cm.expired(), "when", cm.when())

    cm = asyncio.timeout(None)
    async with cm:
        await asyncio.sleep(1000)
    print("timeout(None):", repr(cm), "at", loop.time())

    try:
        async with asyncio.timeout(1):
            raise KeyError("inside")
    except KeyError as e:
        print("other exception passes through:", repr(e))

    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                raise ValueError("replaced")
    except ValueError as e:
        print("body replaces the CancelledError:", repr(e), "context", type(e.__context__).__name__)


asyncio.run(main())
