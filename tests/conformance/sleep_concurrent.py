# Concurrent sleeps of different lengths wake in deadline order; equal deadlines follow the timer heap (heapq) order.
import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} woke at {asyncio.get_running_loop().time()}")


async def main():
    specs = [("a", 3), ("b", 1), ("c", 2), ("d", 1), ("e", 0), ("f", 3600), ("g", 2)]
    await asyncio.gather(*(sleeper(n, d) for n, d in specs))


asyncio.run(main())
