# An exception from a gathered child propagates through gather to asyncio.run: traceback ends in the child, exit code 1.
import asyncio


async def child(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ConnectionError(f"child {n} lost connection")
    return n


async def main():
    results = await asyncio.gather(child(1), child(2), child(3))
    print(results)


asyncio.run(main())
