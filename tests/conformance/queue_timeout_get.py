# Getting from a queue with a timeout (wait_for and asyncio.timeout): the getter is cleaned up and later items are not lost.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=1)
    except asyncio.TimeoutError:
        print("wait_for timeout at", loop.time(), "getters:", len(q._getters))
    try:
        async with asyncio.timeout(2):
            await q.get()
    except TimeoutError:
        print("timeout() at", loop.time())
    loop.call_later(1, q.put_nowait, "late item")
    print(await asyncio.wait_for(q.get(), timeout=5), loop.time())


asyncio.run(main())
