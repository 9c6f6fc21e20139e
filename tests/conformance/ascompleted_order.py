# as_completed yields awaitables in completion order; each await gives the next finished result.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    aws = [job("slow", 3), job("fast", 1), job("mid", 2), job("zero", 0)]
    for fut in asyncio.as_completed(aws):
        print(await fut, loop.time())


asyncio.run(main())
