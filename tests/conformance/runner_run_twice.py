# Two asyncio.run() calls: each gets a fresh loop, the virtual clock keeps going, and task names continue from the global counter.
import asyncio
import time


async def main(tag):
    await asyncio.sleep(5)
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    return tag, asyncio.current_task().get_name(), t.get_name(), asyncio.get_running_loop().time()


print(asyncio.run(main("first")))
print(asyncio.run(main("second")))
print("monotonic:", time.monotonic())
