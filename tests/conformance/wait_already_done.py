# wait() on already finished futures returns immediately with everything done, in the same iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        f.set_result(i)
    done, pending = await asyncio.wait(futs, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), loop.time())
    p = loop.create_future()
    loop.call_later(2, p.set_result, "late")
    done, pending = await asyncio.wait(futs + [p], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), loop.time())
    done, pending = await asyncio.wait(futs + [p])
    print(len(done), len(pending), loop.time())


asyncio.run(main())
