# Event: wait() blocks until set(); all waiters wake; wait() on a set event returns True at once; clear() resets.
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r, "at", asyncio.get_running_loop().time())


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(2)
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())


asyncio.run(main())
