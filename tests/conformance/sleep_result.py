# asyncio.sleep(delay, result) returns result; sleeps add up exactly on the virtual clock; negative delays act like 0.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(1.5, result="done"))
    print(await asyncio.sleep(0), loop.time())
    print(await asyncio.sleep(-5, "negative"), loop.time())
    for d in (0.1, 0.1, 0.1):
        await asyncio.sleep(d)
    print(loop.time())
    await asyncio.sleep(1e6)
    print(loop.time())


asyncio.run(main())
