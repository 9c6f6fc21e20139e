# Condition built on an existing Lock shares it; producer/consumer with notify() one item at a time.
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    items = []

    async def consumer(name):
        for _ in range(2):
            async with cond:
                await cond.wait_for(lambda: items)
                print(name, "took", items.pop(0), "lock shared:", lock.locked())

    cs = [asyncio.create_task(consumer(n)) for n in ("x", "y")]
    for i in range(4):
        await asyncio.sleep(0.5)
        async with lock:
            items.append(i)
            cond.notify()
    await asyncio.gather(*cs)
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
