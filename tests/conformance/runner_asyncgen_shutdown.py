# asyncio.run() finalizes async generators left suspended (shutdown_asyncgens) so their finally blocks run.
import asyncio


async def ticks():
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(1)
    finally:
        print("ticks: finally (generator closed)")


async def main():
    gen = ticks()
    async for n in gen:
        print("tick", n)
        if n == 2:
            break
    print("main done at", asyncio.get_running_loop().time())


asyncio.run(main())
print("after asyncio.run")
