# Barrier(3): wait() blocks until 3 tasks arrive, returns distinct indices 0..2, and the barrier resets for the next round.
import asyncio


async def party(name, barrier, delay, log):
    await asyncio.sleep(delay)
    idx = await barrier.wait()
    log.append((name, idx, asyncio.get_running_loop().time()))


async def main():
    b = asyncio.Barrier(3)
    print("parties:", b.parties, "waiting:", b.n_waiting, "broken:", b.broken)
    log = []
    await asyncio.gather(party("a", b, 1, log), party("b", b, 3, log), party("c", b, 2, log))
    print(sorted(log))
    log.clear()
    await asyncio.gather(*(party(n, b, 0, log) for n in "xyz"))
    print(sorted(log), b.n_waiting)


asyncio.run(main())
