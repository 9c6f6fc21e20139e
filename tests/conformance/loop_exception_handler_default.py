# The default exception handler logs "Exception in callback ..." to stderr and the loop keeps running.
import asyncio


def bad_callback():
    raise ZeroDivisionError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    await asyncio.sleep(1)
    print("still running at", loop.time())


asyncio.run(main())
print("done")
