# [toolkit][barrier][cancel] Barrier: wait() returns each party's index once all arrive; abort() and reset() break waiting parties with BrokenBarrierError; a cancelled waiter; parties < 1 is a ValueError
import asyncio


def state(b):
    r = repr(b)
    return r[r.index("["):]


async def main():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("Barrier(0):", e)
    b = asyncio.Barrier(3)
    print("new:", state(b), b.parties, b.n_waiting, b.broken)

    async def party(name, delay):
        await asyncio.sleep(delay)
        try:
            i = await b.wait()
            return f"{name}:{i}"
        except asyncio.BrokenBarrierError:
            return f"{name}:broken"

    print("indexes:", await asyncio.gather(party("a", 1), party("b", 3), party("c", 2)))
    print("after a round:", state(b))

    ts = [asyncio.create_task(party(n, 0)) for n in "xy"]
    await asyncio.sleep(0.5)
    print("two waiting:", state(b), b.n_waiting)
    await b.abort()
    print("after abort:", await asyncio.gather(*ts), b.broken, state(b))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken barrier:", type(e).__name__, isinstance(e, RuntimeError))
    await b.reset()
    print("after reset:", state(b), b.broken)

    ts = [asyncio.create_task(party(n, 0)) for n in "pq"]
    await asyncio.sleep(0.5)
    await b.reset()
    print("reset while waiting:", await asyncio.gather(*ts), state(b))

    t = asyncio.create_task(party("c1", 0))
    t2 = asyncio.create_task(party("c2", 0))
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled waiter:", t.cancelled(), "n_waiting", b.n_waiting, state(b))
    t2.cancel()
    await asyncio.sleep(0)

    b = asyncio.Barrier(2)
    async with b as i:
        print("index", i)
    print("not reached with one party")


async def top():
    try:
        await asyncio.wait_for(main(), 100)
    except TimeoutError:
        print("async with on a 2-party barrier alone waits forever: TimeoutError")


asyncio.run(top())
